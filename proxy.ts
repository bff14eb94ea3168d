// Sends signed-out visitors of any page to the sign-in page. API routes answer 401 themselves.
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};

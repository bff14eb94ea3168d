// Sends signed-out visitors of any page to the sign-in page. API routes answer 401 themselves; the
// report print page checks a session or a signed print link itself (the PDF renderer has no session
// when an API token asked for the PDF).
import { withAuth } from "next-auth/middleware";

export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/|_next/|favicon.ico|icon.svg|apple-touch-icon.png|robots.txt|reports/print).*)"],
};

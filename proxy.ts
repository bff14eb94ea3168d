// Sends signed-out visitors of any page to the sign-in page. API routes answer 401 themselves (the
// proxy only refuses API paths Next itself cannot decode); the report print page checks a session
// or a signed print link itself (the PDF renderer has no session when an API token asked for the PDF).
import { NextResponse, type NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { malformedPathResponse } from "@/lib/http/malformed-path";

const requireSignIn = withAuth({ pages: { signIn: "/login" } });

export default function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  if (request.nextUrl.pathname.startsWith("/api/")) return malformedPathResponse(request) ?? NextResponse.next();
  return requireSignIn(request, event);
}

export const config = {
  matcher: ["/api/v1/:path*", "/((?!login|api/|_next/|favicon.ico|icon.svg|robots.txt|reports/print).*)"],
};

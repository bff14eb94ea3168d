// Runs before every page, API route and server action: answers unknown methods (TRACE …) with 405,
// refuses cross-site writes made with the session cookie (403), pins the proxy headers to what can
// be trusted (see lib/security/request-origin.ts), sets the per-request Content-Security-Policy with
// its nonce (Next reads the nonce from the request's CSP header) and HSTS over HTTPS, and sends signed-out visitors of a page to the sign-in page. API
// routes answer 401 themselves (the proxy only refuses API paths Next itself cannot decode, with 400);
// the report and assessment-notice print pages check a session or a signed print link themselves. Every request gets a request
// id (lib/http/request-id.ts), passed on to the handlers and returned as X-Request-Id; the answers the
// proxy gives itself (413, 403, 400, the sign-in redirect) are logged here, the API's answers by
// lib/http/route.ts. Pages and server actions that render get no access line (the proxy does not see
// their final status); their errors are logged with the request id by instrumentation.ts.
import { NextRequest, NextResponse, type NextFetchEvent } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { malformedPathResponse } from "@/lib/http/malformed-path";
import { methodNotAllowedResponse } from "@/lib/http/method-not-allowed";
import { loggedPath, REQUEST_ID_HEADER, requestIdFor } from "@/lib/http/request-id";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import { log } from "@/lib/log";
import { FIXED_SECURITY_HEADERS, HSTS, contentSecurityPolicy, newNonce } from "@/lib/security/headers";
import { isCrossSiteWrite, isHttpsSite, requestSite, siteSettingsFromEnv } from "@/lib/security/request-origin";

// The same cookie name as next-auth's handler and the sign-in action (lib/auth/session-cookie.ts).
const requireSignIn = withAuth({ pages: { signIn: "/login" }, cookies: { sessionToken: { name: sessionCookie().name } } });
const PUBLIC_PATHS = /^\/(?:login|api\/|reports\/print|assessment-notice)/;
/**
 * The largest body any endpoint takes (the server actions' limit in next.config.js, 12 MB; the proxy
 * buffers up to proxyClientMaxBodySize, 13 MB, so nothing below this is cut short into "Unexpected end
 * of form"). Larger declared bodies get 413 here, before anything reads them.
 */
const MAX_BODY_BYTES = 12 * 1024 * 1024;

function secure(response: Response, csp: string, isHttps: boolean, requestId: string): Response {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  for (const [key, value] of Object.entries(FIXED_SECURITY_HEADERS)) response.headers.set(key, value);
  if (isHttps) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const settings = siteSettingsFromEnv();
  const isHttps = isHttpsSite(request.headers, settings);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development", isHttps });
  const requestId = requestIdFor(request.headers, settings);
  const started = performance.now();
  /** An answer the proxy gives itself, logged as the request's access line. */
  const answer = (response: Response) => {
    const durationMs = Math.round(performance.now() - started);
    log.info({ requestId, method: request.method, path: loggedPath(request.url), status: response.status, durationMs }, "request");
    return secure(response, csp, isHttps, requestId);
  };

  const notAllowed = methodNotAllowedResponse(request);
  if (notAllowed) return answer(notAllowed);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    const { t } = translatorForRequest(request);
    return answer(NextResponse.json({ error: { code: "TOO_LARGE", message: t("errors.bodyTooLarge") } }, { status: 413 }));
  }
  if (isCrossSiteWrite(request.method, request.nextUrl.pathname, request.headers, settings)) {
    const { t } = translatorForRequest(request);
    return answer(NextResponse.json({ error: { code: "FORBIDDEN", message: t("errors.crossOrigin") } }, { status: 403 }));
  }

  const malformed = malformedPathResponse(request);
  if (malformed) return answer(malformed);

  const site = requestSite(request.headers, settings);
  const headers = new Headers(request.headers);
  headers.set("x-forwarded-host", site.host);
  headers.set("x-forwarded-proto", site.protocol);
  headers.set("Content-Security-Policy", csp);
  headers.set(REQUEST_ID_HEADER, requestId);

  if (!PUBLIC_PATHS.test(request.nextUrl.pathname)) {
    // The sign-in redirect is built from the trusted site, never from a client's X-Forwarded-* headers.
    const url = new URL(request.nextUrl.pathname + request.nextUrl.search, `${site.protocol}://${site.host}`);
    const redirect = await requireSignIn(new NextRequest(url, { headers, method: request.method }) as NextRequestWithAuth, event);
    if (redirect) return answer(redirect);
  }
  return secure(NextResponse.next({ request: { headers } }), csp, isHttps, requestId);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png|robots.txt).*)"],
};

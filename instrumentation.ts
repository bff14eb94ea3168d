// Next calls onRequestError for every error thrown while rendering a page, running a server action or
// a route handler. The log line joins the error's digest (the "Reference" the error page shows) to the
// request id proxy.ts gave the request, so a user's reference number finds the request in the log.
// register() runs once when the server starts: it answers the methods fetch forbids (TRACE …) with 405
// before Next sees them, and without a trusted reverse proxy it sets the client address headers from
// the socket on every request (lib/security/socket-address.ts).
import type { Instrumentation } from "next";

// Each app server also triggers claims of the scheduled jobs (reminders, e-mail, digests) every minute;
// the job rows in the database decide which server runs each one (lib/data/jobs/runner.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseMethodsFetchForbids } = await import("@/lib/http/forbidden-methods");
  refuseMethodsFetchForbids();
  const { startJobsTimer } = await import("@/lib/jobs-timer");
  startJobsTimer();
  const { isBehindProxy } = await import("@/lib/auth/client-address");
  if (isBehindProxy()) return;
  const { pinSocketAddresses } = await import("@/lib/security/socket-address");
  pinSocketAddresses();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("@/lib/log");
  const { loggedPath, REQUEST_ID_HEADER } = await import("@/lib/http/request-id");
  const header = request.headers[REQUEST_ID_HEADER];
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  log.error(
    { requestId: Array.isArray(header) ? header[0] : header, digest, method: request.method, path: loggedPath(`http://x${request.path}`), route: context.routePath, err: error },
    "request error",
  );
};

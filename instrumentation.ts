// Next calls onRequestError for every error thrown while rendering a page, running a server action or
// a route handler. The log line joins the error's digest (the "Reference" the error page shows) to the
// request id proxy.ts gave the request, so a user's reference number finds the request in the log.
// register() answers the methods fetch forbids (TRACE …) with 405 before Next sees them.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseMethodsFetchForbids } = await import("@/lib/http/forbidden-methods");
  refuseMethodsFetchForbids();
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

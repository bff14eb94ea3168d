// The request id: one per request, made in proxy.ts, passed on to route handlers as the
// `x-request-id` request header and returned to the client in the `X-Request-Id` response header.
// A reverse proxy's id is kept only when TRUST_PROXY=1 says one is in front (a client could otherwise
// choose the id that lands in our logs) and only when it looks like an id.
import type { SiteSettings } from "@/lib/security/request-origin";

export const REQUEST_ID_HEADER = "x-request-id";
const ID_SHAPE = /^[\w.:-]{1,128}$/;

export function requestIdFor(headers: Headers, settings: SiteSettings, newId: () => string = () => crypto.randomUUID()): string {
  const forwarded = headers.get(REQUEST_ID_HEADER)?.trim();
  return settings.trustProxy && forwarded && ID_SHAPE.test(forwarded) ? forwarded : newId();
}

/** The path of a request URL for the log: the query string (which may carry a signed link) is left out. */
export function loggedPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return "?";
  }
}

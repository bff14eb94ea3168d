// TRACE never reaches proxy.ts: the fetch standard forbids it, so Next fails building its Request
// object and answered 500 with a stack trace in the log. It is answered here, on the Node server
// itself, with the 405 the proxy gives every other unknown method (lib/http/method-not-allowed.ts).
// (Node's parser itself refuses TRACK with 400, and CONNECT never becomes a request.) Installed once
// by instrumentation.ts at server start.
import http from "node:http";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import { FIXED_SECURITY_HEADERS } from "@/lib/security/headers";
import { ALLOWED_METHODS } from "./method-not-allowed";

const FORBIDDEN_BY_FETCH = new Set(["TRACE"]);
let installed = false;

function refuse(request: http.IncomingMessage, response: http.ServerResponse) {
  const headers = new Headers();
  for (const name of ["cookie", "accept-language"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  const { t } = translatorForRequest(new Request("http://localhost/", { headers }));
  const body = JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message: t("api.errors.METHOD_NOT_ALLOWED") } });
  response.writeHead(405, { ...FIXED_SECURITY_HEADERS, Allow: ALLOWED_METHODS.join(", "), "Content-Type": "application/json", "Cache-Control": "no-store" });
  response.end(body);
}

export function refuseMethodsFetchForbids() {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (event === "request" && FORBIDDEN_BY_FETCH.has(request.method ?? "")) {
      refuse(request, response);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

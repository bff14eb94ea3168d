// Without a reverse proxy (TRUST_PROXY unset), the client address sign-in throttling counts must be
// the TCP peer's. Next.js exposes it to the app only as X-Forwarded-For, which it fills from the
// socket *unless the client sent one* (base-server: `x-forwarded-for ??= socket.remoteAddress`), so
// a client could choose the address it is counted under, or lock out someone else's. This puts the
// socket's address in X-Forwarded-For (and drops X-Real-IP) on every request before Next reads it.
// Node's HTTP servers announce each request with emit("request"); Next's server is one of them.
import http, { type IncomingMessage } from "node:http";

let isPinned = false;

/** The request's client address headers as the socket says, for a server not behind a proxy. */
export function pinSocketAddress(request: IncomingMessage): void {
  request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
  delete request.headers["x-real-ip"];
}

/** From now on, every request of every HTTP server in this process gets pinSocketAddress first. */
export function pinSocketAddresses(): void {
  if (isPinned) return;
  isPinned = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithSocketAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && args[0] instanceof http.IncomingMessage) pinSocketAddress(args[0]);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

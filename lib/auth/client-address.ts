// The client address that sign-in throttling counts. Route handlers see no socket: Next.js records
// the socket's address in X-Forwarded-For when the request carries none. Behind a reverse proxy
// (TRUST_PROXY=1) the proxy's X-Real-IP, else the last X-Forwarded-For entry (the one the proxy
// appended), names the client; without it X-Real-IP is ignored, since any client can send it.

type Headers = Record<string, string | string[] | undefined> | undefined;

function header(headers: Headers, name: string): string | undefined {
  const value = headers?.[name];
  return Array.isArray(value) ? value.join(",") : value;
}

export function isBehindProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";
}

export function clientAddress(headers: Headers, behindProxy = isBehindProxy()): string {
  const realIp = behindProxy ? header(headers, "x-real-ip")?.trim() : undefined;
  if (realIp) return realIp.slice(0, 64);
  const forwarded = header(headers, "x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  return (forwarded.at(-1) ?? "unknown").slice(0, 64);
}

// Where the browser may be sent after sign-in: a path on this site, never another host. A value such
// as `/.//other-host/path` normalises to `//other-host/path`, which a browser reads as another host
// (a protocol-relative address), so the check is made on the normalised path, on the server.

const FALLBACK = "/";

/** The path (with query) of a same-site address; "/" for anything that could leave the site. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return FALLBACK;
  // Control characters (a tab or line feed inside `//`) are dropped by URL parsers: refuse them outright.
  if (/[\u0000-\u001f\u007f]/.test(value)) return FALLBACK;
  const base = "http://return-path.invalid";
  const url = URL.parse(value, base);
  if (!url || url.origin !== base) return FALLBACK;
  const path = url.pathname + url.search;
  return path.startsWith("//") || path.startsWith("/\\") ? FALLBACK : path;
}

/**
 * next-auth's redirect rule: a path stays on this site; an absolute address only when it is this
 * site's own origin (kept as its path); anything else goes home.
 */
export function sameSiteRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (url.startsWith("/")) return base.origin + safeReturnPath(url);
  const parsed = URL.parse(url);
  return parsed && parsed.origin === base.origin ? base.origin + safeReturnPath(parsed.pathname + parsed.search) : base.origin + FALLBACK;
}

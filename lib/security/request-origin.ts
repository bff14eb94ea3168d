// Where a request came from and which site it was addressed to. Proxy headers (X-Forwarded-Host,
// X-Forwarded-Proto) are believed only when TRUST_PROXY=1 says a reverse proxy in front sets them;
// otherwise any client could steer the sign-in redirect or the origin check with them. Pure functions
// over headers, shared by proxy.ts and its tests.

export interface SiteSettings {
  /** NEXTAUTH_URL: the public address, when configured. */
  publicUrl?: string | undefined;
  /** TRUST_PROXY=1: a reverse proxy in front sets X-Forwarded-Host and X-Forwarded-Proto. */
  trustProxy: boolean;
}

export function siteSettingsFromEnv(env: Record<string, string | undefined> = process.env): SiteSettings {
  return { publicUrl: env.NEXTAUTH_URL?.trim() || undefined, trustProxy: env.TRUST_PROXY === "1" };
}

/** The host and protocol the request was addressed to, from trusted sources only. */
export function requestSite(headers: Headers, settings: SiteSettings): { host: string; protocol: "http" | "https" } {
  const host = headers.get("host") ?? "localhost";
  if (!settings.trustProxy) return { host, protocol: "http" }; // `next start` itself serves plain HTTP
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return { host: forwardedHost || host, protocol: forwardedProto === "https" ? "https" : "http" };
}

/** True when the site is served over HTTPS (so HSTS may be sent). */
export function isHttpsSite(headers: Headers, settings: SiteSettings): boolean {
  if (settings.publicUrl) return settings.publicUrl.startsWith("https://");
  return requestSite(headers, settings).protocol === "https";
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * True for a state-changing request that a browser sent from another site with the session cookie
 * (cross-site request forgery), judged by Origin, else Sec-Fetch-Site, else Referer. A request with a
 * Bearer token is exempt (a browser cannot add that header cross-site without CORS, which the API does
 * not allow), as are next-auth's own endpoints (they check their own CSRF token) and requests with none
 * of the three headers (not sent by a browser). Without a configured public URL the scheme is unknown,
 * so hosts are compared.
 */
export function isCrossSiteWrite(method: string, pathname: string, headers: Headers, settings: SiteSettings): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  if (pathname.startsWith("/api/auth/")) return false;
  if (/^Bearer\s/i.test(headers.get("authorization") ?? "")) return false;
  const expected = settings.publicUrl ? new URL(settings.publicUrl) : null;
  const matches = (url: string) => {
    try {
      const parsed = new URL(url);
      return expected ? parsed.origin === expected.origin : parsed.host === requestSite(headers, settings).host;
    } catch {
      return false;
    }
  };
  const origin = headers.get("origin");
  if (origin) return !matches(origin);
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const referer = headers.get("referer");
  if (referer) return !matches(referer);
  return false;
}

// The security headers of every answer. The Content-Security-Policy carries a fresh nonce per request:
// proxy.ts puts it on the request too, and Next reads it from there to mark its own scripts. Styles
// allow 'unsafe-inline' because React and the charts set style attributes; scripts never run inline
// without the nonce and never through eval. The fixed headers (nosniff, frame and referrer rules,
// Permissions-Policy) live in fixed-headers.json, which next.config.js also reads for the files the
// proxy does not see.
import fixedHeaders from "./fixed-headers.json";

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, options: { isDev: boolean; isHttps: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build needs eval for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers that do not depend on the request; next.config.js sets the same file's headers on static files. */
export const FIXED_SECURITY_HEADERS: Readonly<Record<string, string>> = fixedHeaders;

export const HSTS = "max-age=31536000; includeSubDomains";

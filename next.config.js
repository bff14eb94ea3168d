// @ts-check
// The same headers proxy.ts sets (one list); this file is CommonJS, hence require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const securityHeaders = require("./lib/security/fixed-headers.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Policy documents (.docx, long .txt) are uploaded through a server action.
  // The proxy buffers request bodies; above the largest accepted body so none is cut short (proxy.ts).
  experimental: { serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "13mb" },
  // Every answer, static files included; proxy.ts adds the per-request Content-Security-Policy.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }];
  },
};

module.exports = nextConfig;

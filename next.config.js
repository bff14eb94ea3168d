// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Policy documents (.docx, long .txt) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};

module.exports = nextConfig;

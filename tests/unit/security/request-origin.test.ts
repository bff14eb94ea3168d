// Which requests count as cross-site writes, and when proxy headers are believed.
import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, isHttpsSite, requestSite } from "@/lib/security/request-origin";

const local = { trustProxy: false };
const behindProxy = { trustProxy: true };
const h = (headers: Record<string, string>) => new Headers({ host: "10.0.0.5:3000", ...headers });

describe("isCrossSiteWrite", () => {
  it("refuses unsafe requests from another origin, by Origin, else Sec-Fetch-Site, else Referer", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(isCrossSiteWrite(method, "/api/v1/figures", h({ origin: "http://127.0.0.1:3999" }), local)).toBe(true);
    }
    expect(isCrossSiteWrite("POST", "/targets", h({ origin: "null" }), local)).toBe(true);
    expect(isCrossSiteWrite("POST", "/api/v1/figure-imports", h({ "sec-fetch-site": "cross-site" }), local)).toBe(true);
    expect(isCrossSiteWrite("POST", "/api/v1/figure-imports", h({ "sec-fetch-site": "same-site" }), local)).toBe(true);
    expect(isCrossSiteWrite("POST", "/api/v1/figure-imports", h({ referer: "http://evil.example/x" }), local)).toBe(true);
  });

  it("lets through the site's own requests, safe methods, Bearer tokens, next-auth and non-browser callers", () => {
    expect(isCrossSiteWrite("POST", "/api/v1/figures", h({ origin: "http://10.0.0.5:3000" }), local)).toBe(false);
    expect(isCrossSiteWrite("POST", "/api/v1/figures", h({ "sec-fetch-site": "same-origin", origin: "http://10.0.0.5:3000" }), local)).toBe(false);
    expect(isCrossSiteWrite("POST", "/api/v1/figures", h({ "sec-fetch-site": "same-origin" }), local)).toBe(false);
    expect(isCrossSiteWrite("POST", "/api/v1/figures", h({ referer: "http://10.0.0.5:3000/entry" }), local)).toBe(false);
    expect(isCrossSiteWrite("GET", "/api/v1/figures", h({ origin: "http://evil.example" }), local)).toBe(false);
    expect(isCrossSiteWrite("PUT", "/api/v1/figures", h({ origin: "http://evil.example", authorization: "Bearer qt_x" }), local)).toBe(false);
    expect(isCrossSiteWrite("POST", "/api/auth/callback/credentials", h({ origin: "http://evil.example" }), local)).toBe(false);
    expect(isCrossSiteWrite("POST", "/api/v1/figures", h({}), local)).toBe(false);
  });

  it("compares the full origin with the configured public URL", () => {
    const site = { trustProxy: false, publicUrl: "https://zl.example.gov.cn" };
    expect(isCrossSiteWrite("POST", "/x", h({ origin: "https://zl.example.gov.cn" }), site)).toBe(false);
    expect(isCrossSiteWrite("POST", "/x", h({ origin: "http://zl.example.gov.cn" }), site)).toBe(true);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const spoofed = h({ origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect(isCrossSiteWrite("POST", "/x", spoofed, local)).toBe(true);
    expect(isCrossSiteWrite("POST", "/x", h({ origin: "https://zl.gov.cn", "x-forwarded-host": "zl.gov.cn" }), behindProxy)).toBe(false);
  });
});

describe("requestSite and isHttpsSite", () => {
  it("ignore X-Forwarded-* unless TRUST_PROXY says a proxy sets them", () => {
    const headers = h({ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(requestSite(headers, local)).toEqual({ host: "10.0.0.5:3000", protocol: "http" });
    expect(isHttpsSite(headers, local)).toBe(false);
    expect(requestSite(headers, behindProxy)).toEqual({ host: "evil.example", protocol: "https" });
    expect(isHttpsSite(headers, behindProxy)).toBe(true);
    expect(isHttpsSite(h({}), { trustProxy: false, publicUrl: "https://zl.gov.cn" })).toBe(true);
  });
});

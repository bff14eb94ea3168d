// One session cookie name and one Secure flag, derived from the site address alone; unknown methods
// are refused.
import { describe, expect, it } from "vitest";
import { isSecureSite, sessionCookie } from "@/lib/auth/session-cookie";
import { isAllowedMethod } from "@/lib/http/method-not-allowed";

describe("sessionCookie", () => {
  it("is Secure with the __Secure- name when the site address is https", () => {
    for (const url of ["https://quality.example.gov.cn", " HTTPS://quality.example.gov.cn/ "]) {
      const env = { NEXTAUTH_URL: url };
      expect(isSecureSite(env)).toBe(true);
      expect(sessionCookie(env)).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    }
  });

  it("is plain without a site address or with an http one, whatever a proxy in front says", () => {
    for (const env of [{}, { NEXTAUTH_URL: "http://10.0.0.5:3000" }, { NEXTAUTH_URL: "" }, { TRUST_PROXY: "1" }]) {
      expect(isSecureSite(env)).toBe(false);
      expect(sessionCookie(env)).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    }
  });
});

describe("isAllowedMethod", () => {
  it("takes the methods the app answers and nothing else", () => {
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) expect(isAllowedMethod(method)).toBe(true);
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "get", "FOO"]) expect(isAllowedMethod(method)).toBe(false);
  });
});

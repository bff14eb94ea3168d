// The return address after sign-in is always a path on this site.
import { describe, expect, it } from "vitest";
import { safeReturnPath, sameSiteRedirect } from "@/lib/security/return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeReturnPath("/targets?region=450600&period=2020Q3")).toBe("/targets?region=450600&period=2020Q3");
    expect(safeReturnPath("/reports/a/../b")).toBe("/reports/b");
  });

  it("sends anything that could leave the site home", () => {
    for (const value of [
      "/.//other-host/path",
      "//other-host/path",
      "/\\other-host/path",
      "\\\\other-host",
      "/./\\other-host",
      "https://other-host/path",
      "javascript:alert(1)",
      "/%2F/other-host",
      "/\t/other-host",
      "/.%2F/other-host",
      "",
      "targets",
      undefined,
      ["/targets"],
    ]) {
      const path = safeReturnPath(value);
      expect(path === "/" || (path.startsWith("/") && !path.startsWith("//")), String(value)).toBe(true);
      expect(new URL(path, "http://site.example").host, String(value)).toBe("site.example");
    }
    expect(safeReturnPath("/.//other-host/path")).toBe("/");
    expect(safeReturnPath("https://other-host/path")).toBe("/");
  });
});

describe("sameSiteRedirect", () => {
  const base = "https://quality.example.gov.cn";
  it("keeps this site's paths and addresses", () => {
    expect(sameSiteRedirect("/targets", base)).toBe(`${base}/targets`);
    expect(sameSiteRedirect(`${base}/review?x=1`, base)).toBe(`${base}/review?x=1`);
  });
  it("never leaves the site", () => {
    expect(sameSiteRedirect("https://evil.example/login", base)).toBe(`${base}/`);
    expect(sameSiteRedirect("/.//evil.example/path", base)).toBe(`${base}/`);
    expect(sameSiteRedirect(`${base}//evil.example/x`, base)).toBe(`${base}/`);
  });
});

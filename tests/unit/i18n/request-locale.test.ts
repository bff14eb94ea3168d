import { describe, expect, it } from "vitest";
import { localeFromRequest } from "@/lib/i18n/request-locale";

const request = (headers: Record<string, string>) => new Request("http://local/api/v1/figures", { headers });

describe("localeFromRequest", () => {
  it("follows the UI's language cookie", () => {
    expect(localeFromRequest(request({ cookie: "a=1; locale=en", "accept-language": "zh-CN" }))).toBe("en");
    expect(localeFromRequest(request({ cookie: "locale=zh-CN", "accept-language": "en-US" }))).toBe("zh-CN");
  });

  it("answers a browser without the cookie in Chinese, like the pages", () => {
    expect(localeFromRequest(request({ cookie: "next-auth.session-token=x", "accept-language": "en-US,en" }))).toBe("zh-CN");
  });

  it("answers other callers by Accept-Language, Chinese by default", () => {
    expect(localeFromRequest(request({ "accept-language": "en-GB" }))).toBe("en");
    expect(localeFromRequest(request({ "accept-language": "zh-CN,zh;q=0.9" }))).toBe("zh-CN");
    expect(localeFromRequest(request({}))).toBe("zh-CN");
  });
});

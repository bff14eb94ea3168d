// Password rules for new passwords, the client address behind (or not behind) a proxy, the lock
// message's code, and the sign-in settings read from stored rows.
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { minutesToWait } from "@/lib/auth/sign-in-errors";
import { containsUsername, isStrongPassword, passwordClassCount } from "@/lib/domain/password-rules";
import { DEFAULT_SIGN_IN_SETTINGS, SESSION_COOKIE_MAX_HOURS, signInSettingsFrom } from "@/lib/domain/sign-in-settings";
import { createUserSchema, resetPasswordSchema } from "@/lib/validations/user";

describe("password rules", () => {
  it.each([
    ["Demo#2026", true],
    ["abcdEFGH", false],
    ["abcd1234", false],
    ["abcd123!", true],
    ["ABCD123!", true],
    ["Ab1!", false],
    ["密码密码Ab12", true],
  ])("%s strong: %s", (password, strong) => {
    expect(isStrongPassword(password)).toBe(strong);
  });

  it("counts the four classes and finds the username in any case", () => {
    expect(passwordClassCount("aA1!")).toBe(4);
    expect(containsUsername("xxOffice#2026", "office")).toBe(true);
    expect(containsUsername("Demo#2026", "office")).toBe(false);
  });

  it("a new user's password gets field-level messages", () => {
    const base = { name: "x", role: "VIEWER", scopeRegionId: "1", departmentId: "" };
    const weak = createUserSchema.safeParse({ ...base, username: "zhangsan", password: "abcdefgh1", passwordConfirm: "abcdefgh1" });
    expect(weak.success ? null : weak.error.flatten().fieldErrors.password).toEqual(["admin.validation.passwordWeak"]);
    const named = createUserSchema.safeParse({ ...base, username: "zhangsan", password: "Zhangsan#1", passwordConfirm: "Zhangsan#1" });
    expect(named.success ? null : named.error.flatten().fieldErrors.password).toEqual(["admin.validation.passwordHasUsername"]);
    const reset = resetPasswordSchema.safeParse({ password: "short1A", passwordConfirm: "short1A" });
    expect(reset.success ? null : reset.error.flatten().fieldErrors.password).toEqual(["admin.validation.passwordShort"]);
  });
});

describe("client address", () => {
  const headers = { "x-forwarded-for": "203.0.113.9, 10.0.0.2", "x-real-ip": "192.0.2.1" };
  it("ignores X-Real-IP unless behind a trusted proxy", () => {
    expect(clientAddress(headers, false)).toBe("10.0.0.2");
    expect(clientAddress(headers, true)).toBe("192.0.2.1");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" }, true)).toBe("10.0.0.2");
    expect(clientAddress({}, false)).toBe("unknown");
  });
});

describe("lock message", () => {
  it("says the time to wait in whole minutes rounded up", () => {
    expect(minutesToWait(900)).toBe(15);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(1)).toBe(1);
  });
});

describe("sign-in settings", () => {
  it("reads stored values, keeps defaults for bad ones, and caps the session at the cookie's lifetime", () => {
    const settings = signInSettingsFrom([
      { key: "auth.lockout_account_failures", value: "3" },
      { key: "auth.lockout_minutes", value: "abc" },
      { key: "auth.session_max_hours", value: "100" },
    ]);
    expect(settings).toEqual({ ...DEFAULT_SIGN_IN_SETTINGS, accountFailures: 3, sessionMaxHours: SESSION_COOKIE_MAX_HOURS });
  });
});

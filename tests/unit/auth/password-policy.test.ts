// The password policy: level-3 defaults, settings that may tighten it (and, for the ages, turn it
// off), the rules a new password must meet, expiry and the unused-account rule.
import { describe, expect, it } from "vitest";
import { isPasswordExpired, isUnusedTooLong, LEVEL3_PASSWORD_POLICY, PASSWORD_POLICY_KEYS, passwordIssue, passwordPolicyFrom, shortOfLevel3 } from "@/lib/domain/password-rules";

const DAY = 86_400_000;
const rows = (values: Record<string, string>) => Object.entries(values).map(([key, value]) => ({ key, value }));

describe("passwordPolicyFrom", () => {
  it("has the level-3 defaults", () => {
    expect(passwordPolicyFrom([])).toEqual({ minLength: 8, minClasses: 3, history: 5, maxAgeDays: 90, inactiveDays: 90, changeFirstSignIn: 1 });
    expect(shortOfLevel3(passwordPolicyFrom([]))).toEqual([]);
  });

  it("takes tighter values, never a shorter length or fewer classes, and 0 to turn the ages off", () => {
    const k = PASSWORD_POLICY_KEYS;
    const tight = passwordPolicyFrom(rows({ [k.minLength]: "12", [k.minClasses]: "4", [k.history]: "10", [k.maxAgeDays]: "30", [k.inactiveDays]: "60" }));
    expect(tight).toMatchObject({ minLength: 12, minClasses: 4, history: 10, maxAgeDays: 30, inactiveDays: 60 });
    const loose = passwordPolicyFrom(rows({ [k.minLength]: "6", [k.minClasses]: "2", [k.history]: "x", [k.maxAgeDays]: "0", [k.inactiveDays]: "0", [k.changeFirstSignIn]: "0" }));
    expect(loose).toMatchObject({ minLength: 8, minClasses: 3, history: 5, maxAgeDays: 0, inactiveDays: 0, changeFirstSignIn: 0 });
    expect(shortOfLevel3(loose)).toEqual(["maxAgeDays", "inactiveDays", "changeFirstSignIn"]);
    expect(shortOfLevel3(passwordPolicyFrom(rows({ [k.history]: "2", [k.maxAgeDays]: "180" })))).toEqual(["history", "maxAgeDays"]);
  });
});

describe("passwordIssue", () => {
  it("applies the length, the classes and the username under the policy", () => {
    const policy = LEVEL3_PASSWORD_POLICY;
    expect(passwordIssue("Ab1#xyz", "office", policy)).toBe("passwordShort");
    expect(passwordIssue("abcdefgh1", "office", policy)).toBe("passwordWeak");
    expect(passwordIssue("Office#2026", "office", policy)).toBe("passwordHasUsername");
    expect(passwordIssue("Quality#2026", "office", policy)).toBeNull();
    expect(passwordIssue("Quality#2026", "office", { ...policy, minLength: 14 })).toBe("passwordShort");
    expect(passwordIssue("Quality#2026", "office", { ...policy, minClasses: 4 })).toBeNull();
    expect(passwordIssue("Quality2026", "office", { ...policy, minClasses: 4 })).toBe("passwordWeak");
  });
});

describe("ages", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  it("expire a password and an unused account after the set number of days, never when 0", () => {
    const policy = LEVEL3_PASSWORD_POLICY;
    expect(isPasswordExpired(new Date(now.getTime() - 89 * DAY), policy, now)).toBe(false);
    expect(isPasswordExpired(new Date(now.getTime() - 91 * DAY), policy, now)).toBe(true);
    expect(isPasswordExpired(new Date(0), { ...policy, maxAgeDays: 0 }, now)).toBe(false);
    expect(isUnusedTooLong(new Date(now.getTime() - 89 * DAY), policy, now)).toBe(false);
    expect(isUnusedTooLong(new Date(now.getTime() - 91 * DAY), policy, now)).toBe(true);
    expect(isUnusedTooLong(new Date(0), { ...policy, inactiveDays: 0 }, now)).toBe(false);
  });
});

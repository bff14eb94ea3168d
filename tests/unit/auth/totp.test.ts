// The code check of two-factor sign-in, with real codes computed by otplib: the accepted window
// (the previous, current and next 30-second step), replay (never the same or an earlier step twice),
// recovery codes, what the user may type, who must use a second factor, and the sealed secrets.
import { generateSync } from "otplib";
import { beforeAll, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, qrCodeSvg, totpUri } from "@/lib/auth/totp";
import { mustUseSecondFactor, readSecondFactorCode, secondFactorRequirementFrom } from "@/lib/domain/second-factor-rules";

const secret = newTotpSecret();
const T0 = new Date("2026-12-07T12:00:10Z");
const step0 = Math.floor(T0.getTime() / 30_000);
const codeAt = (date: Date) => generateSync({ secret, epoch: Math.floor(date.getTime() / 1000) });
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe("checkTotp", () => {
  it("accepts the current code and returns its time step", () => {
    expect(codeAt(T0)).toMatch(/^\d{6}$/);
    expect(checkTotp(secret, codeAt(T0), null, T0)).toBe(step0);
  });

  it("accepts a code of the previous or next step (clock drift), not two steps away", () => {
    expect(checkTotp(secret, codeAt(later(-30)), null, T0)).toBe(step0 - 1);
    expect(checkTotp(secret, codeAt(later(30)), null, T0)).toBe(step0 + 1);
    expect(checkTotp(secret, codeAt(later(-60)), null, T0)).toBeNull();
    expect(checkTotp(secret, codeAt(later(60)), null, T0)).toBeNull();
  });

  it("refuses a code of a step already used, or of an earlier one (replay)", () => {
    expect(checkTotp(secret, codeAt(T0), step0, T0)).toBeNull();
    expect(checkTotp(secret, codeAt(later(-30)), step0, T0)).toBeNull();
    expect(checkTotp(secret, codeAt(later(30)), step0, later(30))).toBe(step0 + 1);
  });

  it("refuses a wrong code and another secret's code", () => {
    const wrong = String((Number(codeAt(T0)) + 1) % 1_000_000).padStart(6, "0");
    expect(checkTotp(secret, wrong, null, T0)).toBeNull();
    expect(checkTotp(newTotpSecret(), codeAt(T0), null, T0)).toBeNull();
  });

  it("gives an otpauth address and a QR code drawn locally as SVG", async () => {
    const uri = totpUri(secret, "质量目标 Quality targets", "admin");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    const svg = await qrCodeSvg(uri);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe("recovery codes", () => {
  it("are ten distinct xxxxx-xxxxx codes whose hash ignores the dash and case", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const first = codes[0] ?? "";
    expect(hashRecoveryCode(first.toUpperCase().replace("-", ""))).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first)).not.toContain(first.replace("-", ""));
    expect(hashRecoveryCode(codes[1] ?? "")).not.toBe(hashRecoveryCode(first));
  });
});

describe("what the user types", () => {
  it("reads six digits (spaces allowed) as a TOTP code and ten letters or digits as a recovery code", () => {
    expect(readSecondFactorCode(" 123 456 ")).toEqual({ kind: "totp", code: "123456" });
    expect(readSecondFactorCode("ABCDE-23456")).toEqual({ kind: "recovery", code: "abcde23456" });
    expect(readSecondFactorCode("12345")).toBeNull();
    expect(readSecondFactorCode("1234567")).toBeNull();
    expect(readSecondFactorCode("abc")).toBeNull();
  });
});

describe("who must use a second factor", () => {
  it("is the administrators by default (level 3), everyone or nobody by setting", () => {
    expect(secondFactorRequirementFrom(undefined)).toBe("admins");
    expect(secondFactorRequirementFrom("bogus")).toBe("admins");
    expect(secondFactorRequirementFrom("off")).toBe("off");
    expect(mustUseSecondFactor("ADMIN", "admins")).toBe(true);
    expect(mustUseSecondFactor("OFFICE", "admins")).toBe(false);
    expect(mustUseSecondFactor("VIEWER", "everyone")).toBe(true);
    expect(mustUseSecondFactor("ADMIN", "off")).toBe(false);
  });
});

describe("sealed secrets", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET ??= "unit-test-secret-unit-test-secret-0123";
  });

  it("open again under the same key and purpose, never when altered or for another purpose", () => {
    const box = sealSecret(secret, "totp");
    expect(box).not.toContain(secret);
    expect(openSecret(box, "totp")).toBe(secret);
    expect(openSecret(box, "other")).toBeNull();
    const [v, iv, tag, sealed = ""] = box.split(".");
    const flipped = `${sealed.startsWith("A") ? "B" : "A"}${sealed.slice(1)}`;
    expect(openSecret([v, iv, tag, flipped].join("."), "totp")).toBeNull();
    expect(sealSecret(secret, "totp")).not.toBe(box);
  });
});

import { describe, expect, it } from "vitest";
import { signPrintToken, verifyPrintToken } from "@/lib/auth/print-token";

const secret = "s".repeat(40);
const claims = { tokenId: 7, region: "450600", period: "2020" };

describe("print tokens", () => {
  it("round-trips the claims until they expire", () => {
    const now = Date.UTC(2020, 9, 1);
    const token = signPrintToken(claims, secret, now, 60);
    expect(verifyPrintToken(token, secret, now + 59_000)).toMatchObject(claims);
    expect(verifyPrintToken(token, secret, now + 61_000)).toBeNull();
  });

  it("refuses another secret, edited claims and garbage", () => {
    const token = signPrintToken(claims, secret);
    expect(verifyPrintToken(token, "t".repeat(40))).toBeNull();
    const [payload, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, region: "450000", exp: 9_999_999_999 })).toString("base64url");
    expect(verifyPrintToken(`${forged}.${signature}`, secret)).toBeNull();
    expect(verifyPrintToken(`${payload}.`, secret)).toBeNull();
    expect(verifyPrintToken(`${payload}.${signature}.x`, secret)).toBeNull();
    expect(verifyPrintToken("not a token", secret)).toBeNull();
  });

  it("will not sign with a short secret", () => {
    expect(() => signPrintToken(claims, "short")).toThrow(/32 characters/);
  });
});

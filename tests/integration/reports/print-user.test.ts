// Signed print links: the PDF renderer acts as the API token that asked, for that region and period only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signPrintToken } from "@/lib/auth/print-token";
import { getPrintUser } from "@/lib/auth/print-user";
import { apiTokenIdOf, hashToken } from "@/lib/data/token-users";
import { db } from "@/lib/db";

const secret = "x".repeat(48);
let tokenId = 0;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = secret;
  const [admin, city] = await Promise.all([db.user.findUniqueOrThrow({ where: { username: "admin" } }), db.region.findUniqueOrThrow({ where: { code: "450600" } })]);
  const token = await db.apiToken.create({ data: { name: "reports test", tokenHash: hashToken("reports-test-token"), prefix: "rt", role: "LEADERSHIP", scopeRegionId: city.id, createdById: admin.id } });
  tokenId = token.id;
});

afterAll(async () => {
  await db.apiToken.delete({ where: { id: tokenId } });
});

describe("print links for API tokens", () => {
  it("resolve to the token's own role and scope, not its creator's", async () => {
    const user = await getPrintUser(signPrintToken({ tokenId, region: "450600", period: "2020" }, secret), { region: "450600", period: "2020" });
    expect(user).toMatchObject({ role: "LEADERSHIP", scopeRegionCode: "450600", username: `token:${tokenId}` });
    expect(user && apiTokenIdOf(user)).toBe(tokenId);
  });

  it("are refused for another region or period, once expired, or once the token is revoked", async () => {
    const link = signPrintToken({ tokenId, region: "450600", period: "2020" }, secret);
    expect(await getPrintUser(link, { region: "450621", period: "2020" })).toBeNull();
    expect(await getPrintUser(link, { region: "450600", period: "2020Q2" })).toBeNull();
    const expired = signPrintToken({ tokenId, region: "450600", period: "2020" }, secret, Date.now() - 10 * 60_000);
    expect(await getPrintUser(expired, { region: "450600", period: "2020" })).toBeNull();
    await db.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    expect(await getPrintUser(link, { region: "450600", period: "2020" })).toBeNull();
  });
});

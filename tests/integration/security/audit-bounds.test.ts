// The append-only audit table cannot be flooded: a refused write stores the parsed change only, and
// every audit row's before/after is bounded in size, with a marker where it was cut.
import { describe, expect, it } from "vitest";
import { MAX_AUDIT_FIELD_BYTES, recordAudit } from "@/lib/data/audit";
import { PUT as putFigure } from "@/app/api/v1/figures/route";
import { hashToken } from "@/lib/data/token-users";
import { db } from "@/lib/db";
import { userNamed } from "../../support/users";

const TEN_MB = 10 * 1024 * 1024;

async function lastEvent(action: string) {
  return db.auditEvent.findFirstOrThrow({ where: { action }, orderBy: { id: "desc" } });
}

const bytes = (text: string | null) => Buffer.byteLength(text ?? "", "utf8");

describe("audit rows are bounded", () => {
  it("a viewer's refused figure save with a 10 MB extra field leaves a small row holding the parsed change", async () => {
    const viewer = await userNamed("viewer-dx");
    const admin = await userNamed("admin");
    const secret = "audit-bounds-viewer";
    const token = await db.apiToken.create({
      data: { name: secret, tokenHash: hashToken(secret), prefix: secret.slice(0, 4), role: viewer.role, scopeRegionId: viewer.scopeRegionId, departmentId: null, createdById: admin.id },
    });
    const body = { indicator: "MFG_SPOT_PASS", region: "450681", period: "2020Q3", numerator: 250, denominator: 260, version: 0, padding: "x".repeat(TEN_MB) };
    const request = new Request("http://localhost/api/v1/figures", {
      method: "PUT",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const response = await putFigure(request, { params: Promise.resolve({}) });
    await db.apiToken.delete({ where: { id: token.id } });
    expect(response.status).toBe(403);
    const row = await lastEvent("figure.denied");
    console.log(`refused write: ${TEN_MB} bytes sent, audit row ${bytes(row.before) + bytes(row.after)} bytes`);
    expect(bytes(row.before) + bytes(row.after)).toBeLessThanOrEqual(2 * MAX_AUDIT_FIELD_BYTES);
    expect(row.after).not.toContain("padding");
    expect(JSON.parse(row.after ?? "null")).toMatchObject({
      attempt: { indicator: "MFG_SPOT_PASS", region: "450681", period: { year: 2020, quarter: 3 }, numerator: 250, denominator: 260 },
      reason: "cannotEnter",
    });
  });

  it("an oversized change is cut to the bound with a marker, and stays valid JSON", async () => {
    const viewer = await userNamed("viewer-dx");
    await recordAudit(db, viewer, { action: "test.oversized", entityType: "Test", entityId: 1, before: { note: "旧".repeat(50_000) }, after: { note: "新\"".repeat(50_000) } });
    const row = await lastEvent("test.oversized");
    for (const field of [row.before, row.after]) {
      expect(bytes(field)).toBeLessThanOrEqual(MAX_AUDIT_FIELD_BYTES);
      expect(JSON.parse(field ?? "null")).toMatchObject({ truncated: true, bytes: expect.any(Number), start: expect.any(String) });
    }
  });

  it("a normal change is stored as it is", async () => {
    const viewer = await userNamed("viewer-dx");
    await recordAudit(db, viewer, { action: "test.small", entityType: "Test", entityId: 2, after: { note: "正常".repeat(100) } });
    expect(JSON.parse((await lastEvent("test.small")).after ?? "null")).toEqual({ note: "正常".repeat(100) });
  });
});

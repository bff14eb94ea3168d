// 等保 §8.1.4.3 a): a download of figures or reports and a look at the audit trail are on the
// record — one row each, by whom, what was asked for; a refused download records nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as targetsExport } from "@/app/api/v1/targets/[file]/route";
import { targetsExportRoute } from "@/app/api/v1/targets/[file]/schema";
import { GET as reportFile } from "@/app/api/v1/reports/[file]/route";
import { reportsRoute } from "@/app/api/v1/reports/[file]/schema";
import { recordAudit } from "@/lib/data/audit";
import { listAuditEvents } from "@/lib/data/audit-log";
import { db } from "@/lib/db";
import { callRoute, createRoleTokens } from "../../support/api-callers";
import { userNamed } from "../../support/users";

let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
beforeAll(async () => {
  tokens = await createRoleTokens("access-audit");
});
afterAll(async () => {
  await tokens.remove();
});

const newest = (action: string, after: number) => db.auditEvent.findMany({ where: { action, id: { gt: after } }, orderBy: { id: "asc" } });
const lastId = async () => (await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;

describe("reading on the record", () => {
  it("an export records who downloaded which file with which filters; a refused one records nothing", async () => {
    const start = await lastId();
    const ok = await callRoute(targetsExport, targetsExportRoute, { token: tokens.secrets.OFFICE, params: { file: "export.csv" }, query: "region=450621&status=OFF_TRACK" });
    expect(ok.status).toBe(200);
    const report = await callRoute(reportFile, reportsRoute, { token: tokens.secrets.LEADERSHIP, params: { file: "summary.xlsx" }, query: "region=450600&period=2020" });
    expect(report.status).toBe(200);
    const outOfScope = await callRoute(targetsExport, targetsExportRoute, { token: tokens.secrets.VIEWER, params: { file: "export.xlsx" }, query: "region=130000" });
    expect(outOfScope.status).toBe(404);

    const rows = await newest("export.download", start);
    expect(rows.map((r) => [r.actor, r.entityType, r.entityId])).toEqual([
      [expect.stringContaining("access-audit-office"), "Export", "/api/v1/targets/{file}"],
      [expect.stringContaining("access-audit-leadership"), "Export", "/api/v1/reports/{file}"],
    ]);
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ params: { file: "export.csv" }, query: { region: "450621", status: "OFF_TRACK" } });
    expect(JSON.parse(rows[1]!.after!)).toMatchObject({ params: { file: "summary.xlsx" }, query: { region: "450600" } });
  });

  it("looking at the audit trail records the look and its filter, after the read", async () => {
    const office = await userNamed("office");
    const start = await lastId();
    const first = await listAuditEvents(office, { action: "audit.", page: 1 });
    expect(first?.events.some((e) => e.id > start)).toBe(false);
    const views = await newest("audit.view", start);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ userId: office.id, entityType: "AuditTrail", regionPath: office.scopePath });
    expect(JSON.parse(views[0]!.after!)).toMatchObject({ action: "audit.", page: 1 });
    // The next look lists the first one.
    expect((await listAuditEvents(office, { action: "audit.", page: 1 }))?.events[0]?.id).toBe(views[0]!.id);
  });

  it("shows an e-mail address of a row written before addresses were masked on write only masked", async () => {
    const admin = await userNamed("admin");
    await recordAudit(db, admin, { action: "user.preferences", entityType: "LegacyPreferences", entityId: "1", before: { email: null }, after: { email: "old.address@dx.example.gov.cn", locale: "en" } });
    const shown = await listAuditEvents(admin, { entityType: "LegacyPreferences", page: 1 });
    expect(shown?.events[0]?.after).toEqual({ email: "ol***@dx.example.gov.cn", locale: "en" });
    expect(JSON.stringify(shown)).not.toContain("old.address@");
  });
});

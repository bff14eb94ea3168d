// The audit trail's hash chain on a real database: concurrent writers never fork it, and
// `npm run -s audit:verify` names a row edited, inserted or removed directly in the database file
// (triggers dropped, as someone with the file in hand would).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, recordAudits } from "@/lib/data/audit";
import { verifyAuditTrail } from "@/lib/data/audit-verify";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { preferredAlgorithm } from "@/lib/domain/audit-chain";
import { createMigratedDatabase, removeDatabase } from "../../support/test-database";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const file = path.join(root, "tests", ".tmp", `audit-chain-${process.pid}.db`);
let db: DbClient;
let original7: string | null = null;

function auditVerify(): { status: number; output: string } {
  try {
    const output = execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts"], { cwd: root, encoding: "utf8", stdio: "pipe", env: { ...process.env, DATABASE_URL: `file:${file}` } });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

/** Changes the database as an intruder with the file would: around the append-only triggers. */
async function tamper(sql: string) {
  await db.$executeRawUnsafe(`DROP TRIGGER "audit_events_no_update"`);
  await db.$executeRawUnsafe(`DROP TRIGGER "audit_events_no_delete"`);
  await db.$executeRawUnsafe(sql);
  await db.$executeRawUnsafe(`CREATE TRIGGER "audit_events_no_update" BEFORE UPDATE ON "audit_events" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`);
  await db.$executeRawUnsafe(`CREATE TRIGGER "audit_events_no_delete" BEFORE DELETE ON "audit_events" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`);
}

beforeAll(async () => {
  createMigratedDatabase(file);
  db = createDbClient(`file:${file}`);
  await db.$executeRawUnsafe(`INSERT INTO "regions" ("code", "name", "level", "path") VALUES ('000000', '全国', 'NATION', '/000000/')`);
  // Migrating a fresh database file takes several seconds on a busy machine.
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  removeDatabase(file);
});

describe("the audit chain", () => {
  it("chains every row, from concurrent writers and bulk writes alike, with the recorded algorithm", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAudit(db, null, { action: "test.event", entityType: "Test", entityId: i, after: { i } })));
    await db.$transaction((tx) => recordAudits(tx, null, Array.from({ length: 1200 }, (_, i) => ({ action: "test.bulk", entityType: "Test", entityId: i }))));
    await recordAudit(db, null, { action: "test.event", entityType: "Test", entityId: "last", before: { a: "前" }, after: { a: "后" } });
    const report = await verifyAuditTrail(db);
    expect(report).toMatchObject({ ok: true, rows: 1221, chained: 1221, algorithm: preferredAlgorithm() });
    expect(await db.auditEvent.count({ where: { digest: null } })).toBe(0);
    const verified = auditVerify();
    expect(verified.status).toBe(0);
    expect(verified.output).toContain("Audit trail intact: 1221 rows");
    // The database itself still refuses edits.
    await expect(db.$executeRawUnsafe(`UPDATE "audit_events" SET "actor" = 'x' WHERE "id" = 1`)).rejects.toThrow(/append-only/);
  });

  it("names a row edited directly in the database", async () => {
    original7 = (await db.auditEvent.findUniqueOrThrow({ where: { id: 7 } })).after;
    await tamper(`UPDATE "audit_events" SET "after" = '{"i":999}' WHERE "id" = 7`);
    const verified = auditVerify();
    expect(verified.status).toBe(1);
    expect(verified.output).toContain("audit row #7 was changed");
  });

  it("is intact again once the row is restored, and names rows removed directly in the database", async () => {
    await tamper(`UPDATE "audit_events" SET "after" = '${original7 ?? ""}' WHERE "id" = 7`);
    expect(auditVerify().status).toBe(0);
    await tamper(`DELETE FROM "audit_events" WHERE "id" IN (100, 101)`);
    const verified = auditVerify();
    expect(verified.status).toBe(1);
    expect(verified.output).toContain("audit rows were removed between #99 and #102");
  });
});

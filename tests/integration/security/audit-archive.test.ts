// Retention of the audit trail on a real database file: rows younger than 180 days stay; older rows
// move to an archive file whose last digest the rows that stay continue from, `audit:verify` walks
// them, and the database still refuses edits and deletions afterwards.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/data/audit";
import { archiveAuditTrail, RETENTION_SETTING } from "@/lib/data/audit-archive";
import { verifyAuditTrail } from "@/lib/data/audit-verify";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { createMigratedDatabase, createMigratedPgDatabase, dropPgDatabase, removeDatabase } from "../../support/test-database";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const file = path.join(root, "tests", ".tmp", `audit-archive-${process.pid}.db`);
// Its own database, on PostgreSQL when the run is (the trigger is set aside differently there).
const pgServer = process.env.TEST_PG_URL;
const pgName = `audit_archive_${process.pid}`;
let url = `file:${file}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-archive-"));
const DAY = 86_400_000;
let db: DbClient;

const write = (n: number, label: string) => Promise.all(Array.from({ length: n }, (_, i) => recordAudit(db, null, { action: "test.event", entityType: "Test", entityId: `${label}-${i}` })));

beforeAll(async () => {
  if (pgServer) url = await createMigratedPgDatabase(pgServer, pgName);
  else createMigratedDatabase(file);
  db = createDbClient(url);
  await db.$executeRawUnsafe(`INSERT INTO "regions" ("code", "name", "level", "path") VALUES ('000000', '全国', 'NATION', '/000000/')`);
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  if (pgServer) await dropPgDatabase(pgServer, pgName);
  else removeDatabase(file);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("archiving the audit trail", () => {
  it("refuses rows younger than the retention period, and a longer setting moves the limit", async () => {
    await write(30, "old");
    const now = new Date();
    expect(await archiveAuditTrail(db, { before: new Date(now.getTime() - 179 * DAY), dir, now })).toMatchObject({ ok: false, reason: "tooRecent" });
    // A setting below 180 days is ignored; a longer one applies.
    await db.setting.create({ data: { key: RETENTION_SETTING, value: "30" } });
    expect(await archiveAuditTrail(db, { before: new Date(now.getTime() - 179 * DAY), dir, now })).toMatchObject({ ok: false, reason: "tooRecent" });
    await db.setting.update({ where: { key: RETENTION_SETTING }, data: { value: "365" } });
    expect(await archiveAuditTrail(db, { before: new Date(now.getTime() - 200 * DAY), dir, now })).toMatchObject({ ok: false, reason: "tooRecent" });
    expect(await archiveAuditTrail(db, { before: new Date(now.getTime() - 400 * DAY), dir, now })).toEqual({ ok: false, reason: "nothingToArchive" });
    await db.setting.delete({ where: { key: RETENTION_SETTING } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("moves the old rows to a file, keeps the young ones chained after it, and audit:verify agrees", async () => {
    const before = new Date(Date.now() + 1000);
    await new Promise((r) => setTimeout(r, 1100));
    await write(5, "young");
    // Seen from 200 days on, the first 30 rows are older than the retention period.
    const outcome = await archiveAuditTrail(db, { before, dir, now: new Date(Date.now() + 200 * DAY) });
    expect(outcome).toMatchObject({ ok: true, rows: 30, throughId: 30 });
    if (!outcome.ok) return;
    const text = fs.readFileSync(outcome.file, "utf8");
    expect(createHash("sha256").update(text).digest("hex")).toBe(outcome.sha256);
    const lines = text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(32);
    expect(lines.slice(1, 31).map((l) => l.entityId)).toEqual(expect.arrayContaining(["old-0", "old-29"]));
    expect(lines[31]).toEqual({ through: 30, digest: lines[30]?.digest });

    expect(await db.auditEvent.count({ where: { id: { lte: 30 } } })).toBe(0);
    const move = await db.auditEvent.findFirstOrThrow({ where: { action: "audit.archive" } });
    expect(JSON.parse(move.after ?? "{}")).toMatchObject({ rows: 30, throughId: 30, sha256: outcome.sha256 });
    await write(3, "after");
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, rows: 9, chained: 9 });
    const output = execFileSync(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts"], { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
    expect(output).toContain("Audit trail intact: 9 rows");
    // An archived head that no audit.archive row stands for hides removed rows: named.
    const head = await db.setting.findUniqueOrThrow({ where: { key: "audit_chain_archived" } });
    await db.setting.update({ where: { key: head.key }, data: { value: head.value.replace(/^30:/, "31:") } });
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: false, problem: { kind: "removed" } });
    await db.setting.update({ where: { key: head.key }, data: { value: head.value } });
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
    // The append-only trigger is back.
    await expect(db.$executeRawUnsafe(`DELETE FROM "audit_events" WHERE "id" = 31`)).rejects.toThrow(/append-only/);
  });
});

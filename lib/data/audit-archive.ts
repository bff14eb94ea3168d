// Retention of the audit trail (网络安全法 第二十一条: at least six months; 等保 §8.1.4.3 c). Rows
// younger than the retention period — 180 days, or the longer `audit.retention_days` setting — are
// never removed. Older rows may be moved, oldest first, to an archive file (JSON lines: every column
// with its digests); the rows that stay keep their chain, which now starts at the archive's last
// digest (`audit_chain_archived`), and the move itself is an audit row. An operator's command
// (`npm run -s audit:archive`), run with the database's own client.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseKindOfClient, type DbClient, type DbTransaction } from "@/lib/db-client";
import { recordAudit } from "./audit";
import { CHAIN_ALGORITHM_SETTING, parseHead } from "./audit-chain";

export const MIN_RETENTION_DAYS = 180;
export const RETENTION_SETTING = "audit.retention_days";
/** "<id>:<digest>" of the last archived row: the chain of the rows that stay starts there. */
export const CHAIN_ARCHIVED_SETTING = "audit_chain_archived";

const DAY_MS = 86_400_000;
/** Rows read and written at a time. */
const ARCHIVE_BATCH = 5000;

export type ArchiveOutcome =
  | { ok: true; rows: number; throughId: number; file: string; sha256: string }
  | { ok: false; reason: "tooRecent"; earliestCutoff: Date }
  | { ok: false; reason: "nothingToArchive" };

/** The retention period in days: the setting when it is longer, never less than 180. */
export async function retentionDays(db: DbClient): Promise<number> {
  const value = Number((await db.setting.findUnique({ where: { key: RETENTION_SETTING } }))?.value);
  return Number.isInteger(value) && value > MIN_RETENTION_DAYS ? value : MIN_RETENTION_DAYS;
}

/** The archived head, if rows were ever archived. */
export async function archivedHead(db: DbClient | DbTransaction) {
  return parseHead((await db.setting.findUnique({ where: { key: CHAIN_ARCHIVED_SETTING } }))?.value);
}

/** Deletes rows up to `throughId` around the append-only trigger, inside the transaction. */
async function deleteThrough(tx: DbTransaction, kind: "sqlite" | "postgresql", throughId: number) {
  if (kind === "postgresql") {
    await tx.$executeRawUnsafe(`ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_delete"`);
    await tx.$executeRaw`DELETE FROM "audit_events" WHERE "id" <= ${throughId}`;
    await tx.$executeRawUnsafe(`ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_delete"`);
    return;
  }
  await tx.$executeRawUnsafe(`DROP TRIGGER "audit_events_no_delete"`);
  await tx.$executeRaw`DELETE FROM "audit_events" WHERE "id" <= ${throughId}`;
  await tx.$executeRawUnsafe(`CREATE TRIGGER "audit_events_no_delete" BEFORE DELETE ON "audit_events" BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`);
}

/**
 * Moves every row written before `before` (and before any younger row) to `dir`, if `before` is at
 * least the retention period ago. The file is written and flushed before a row is deleted, and the
 * deletion, the new archived head and the audit row of the move are one transaction.
 */
export async function archiveAuditTrail(db: DbClient, options: { before: Date; dir: string; now?: Date }): Promise<ArchiveOutcome> {
  const now = options.now ?? new Date();
  const earliestCutoff = new Date(now.getTime() - (await retentionDays(db)) * DAY_MS);
  if (options.before.getTime() > earliestCutoff.getTime()) return { ok: false, reason: "tooRecent", earliestCutoff };
  // The rows to move are a prefix of the trail: up to the first row that must stay.
  const firstKept = await db.auditEvent.findFirst({ where: { at: { gte: options.before } }, orderBy: { id: "asc" }, select: { id: true } });
  const range = firstKept ? { id: { lt: firstKept.id } } : {};
  const [first, last, count] = await Promise.all([
    db.auditEvent.findFirst({ where: range, orderBy: { id: "asc" }, select: { id: true } }),
    db.auditEvent.findFirst({ where: range, orderBy: { id: "desc" }, select: { id: true, digest: true } }),
    db.auditEvent.count({ where: range }),
  ]);
  if (!first || !last?.digest) return { ok: false, reason: "nothingToArchive" };
  const [algorithm, previous] = await Promise.all([db.setting.findUnique({ where: { key: CHAIN_ALGORITHM_SETTING } }), archivedHead(db)]);

  fs.mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, `audit-archive-${first.id}-${last.id}.jsonl`);
  // Written batch by batch (a trail of years does not fit in one string), hashed as it goes.
  const hash = createHash("sha256");
  const handle = fs.openSync(file, "wx");
  const write = (line: unknown) => {
    const text = `${JSON.stringify(line)}\n`;
    hash.update(text);
    fs.writeSync(handle, text);
  };
  try {
    write({ format: "quality-targets audit archive 1", algorithm: algorithm?.value ?? null, continues: previous, before: options.before.toISOString(), rows: count });
    for (let after = 0; ; ) {
      const batch = await db.auditEvent.findMany({ where: { id: { gt: after, lte: last.id } }, orderBy: { id: "asc" }, take: ARCHIVE_BATCH });
      for (const row of batch) write(row);
      const end = batch.at(-1);
      if (!end || batch.length < ARCHIVE_BATCH) break;
      after = end.id;
    }
    write({ through: last.id, digest: last.digest });
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  const sha256 = hash.digest("hex");

  const kind = databaseKindOfClient(db);
  await db.$transaction(async (tx) => {
    await deleteThrough(tx, kind, last.id);
    const head = `${last.id}:${last.digest}`;
    await tx.setting.upsert({ where: { key: CHAIN_ARCHIVED_SETTING }, update: { value: head }, create: { key: CHAIN_ARCHIVED_SETTING, value: head } });
    await recordAudit(tx, null, {
      action: "audit.archive",
      entityType: "AuditTrail",
      entityId: String(last.id),
      after: { rows: count, fromId: first.id, throughId: last.id, before: options.before.toISOString(), file: path.basename(file), sha256 },
    });
  });
  return { ok: true, rows: count, throughId: last.id, file, sha256 };
}

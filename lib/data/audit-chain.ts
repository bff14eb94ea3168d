// Appends audit rows to the hash chain (lib/domain/audit-chain.ts). The chain's head (last id and
// digest) is a settings row that every append locks first, inside the append's transaction, so
// appends from any number of requests and app servers queue behind each other and never fork the
// chain. Rows are written here and nowhere else.
import { Prisma } from "@/generated/prisma/client";
import type { DbTransaction, DbWriter } from "@/lib/db-client";
import { chainDigest, genesisDigest, preferredAlgorithm, type ChainAlgorithm, type ChainedContent } from "@/lib/domain/audit-chain";

export const CHAIN_HEAD_SETTING = "audit_chain_head";
export const CHAIN_ALGORITHM_SETTING = "audit_chain_algorithm";

/** "<id>:<digest>" of the last chained row; empty before the chain began. */
export function parseHead(value: string | null | undefined): { id: number; digest: string } | null {
  const match = value ? /^(\d+):([0-9a-f]{64})$/.exec(value) : null;
  return match ? { id: Number(match[1]), digest: match[2] ?? "" } : null;
}

const CONTENT_COLUMNS = Prisma.sql`"at", "user_id" AS "userId", "actor", "action", "entity_type" AS "entityType", "entity_id" AS "entityId", "region_path" AS "regionPath", "before", "after"`;

async function settingValue(tx: DbTransaction, key: string): Promise<string | null> {
  return (await tx.setting.findUnique({ where: { key }, select: { value: true } }))?.value ?? null;
}

/** Locks the head for this transaction; returns the algorithm and the digest the next row follows. */
async function lockHead(tx: DbTransaction): Promise<{ algorithm: ChainAlgorithm; prevDigest: string }> {
  await tx.$executeRaw`INSERT INTO "settings" ("key", "value", "updated_at") VALUES (${CHAIN_HEAD_SETTING}, '', ${new Date()}) ON CONFLICT ("key") DO NOTHING`;
  const [locked] = await tx.$queryRaw<{ value: string }[]>`UPDATE "settings" SET "value" = "value" WHERE "key" = ${CHAIN_HEAD_SETTING} RETURNING "value"`;
  const head = parseHead(locked?.value);
  const recorded = await settingValue(tx, CHAIN_ALGORITHM_SETTING);
  if (head && (recorded === "sm3" || recorded === "sha256")) return { algorithm: recorded, prevDigest: head.digest };
  // The chain begins: record the algorithm; the rows written before it are covered by the genesis digest.
  const algorithm = preferredAlgorithm();
  await tx.setting.upsert({ where: { key: CHAIN_ALGORITHM_SETTING }, update: { value: algorithm }, create: { key: CHAIN_ALGORITHM_SETTING, value: algorithm } });
  const legacy = await tx.$queryRaw<ChainedContent[]>`SELECT ${CONTENT_COLUMNS} FROM "audit_events" WHERE "digest" IS NULL ORDER BY "id"`;
  return { algorithm, prevDigest: genesisDigest(algorithm, legacy.map(asContent)) };
}

/** Raw rows come back with the adapter's column types; the digest needs the same values Prisma reads. */
export function asContent(row: ChainedContent): ChainedContent {
  return { ...row, at: new Date(row.at), userId: row.userId === null ? null : Number(row.userId) };
}

async function append(tx: DbTransaction, rows: readonly Omit<ChainedContent, "at">[]) {
  if (rows.length === 0) return;
  const { algorithm, prevDigest } = await lockHead(tx);
  const at = new Date();
  let prev = prevDigest;
  for (let i = 0; i < rows.length; i += 500) {
    // One multi-row INSERT per 500 rows: Prisma's createMany through the WebAssembly engine costs about ten times as much per row.
    const values = rows.slice(i, i + 500).map((r) => {
      const digest = chainDigest(algorithm, prev, { ...r, at });
      const sql = Prisma.sql`(${at}, ${r.userId}, ${r.actor}, ${r.action}, ${r.entityType}, ${r.entityId}, ${r.regionPath}, ${r.before}, ${r.after}, ${prev}, ${digest})`;
      prev = digest;
      return sql;
    });
    await tx.$executeRaw`INSERT INTO "audit_events" ("at", "user_id", "actor", "action", "entity_type", "entity_id", "region_path", "before", "after", "prev_digest", "digest")
      VALUES ${Prisma.join(values)}`;
  }
  const [last] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "audit_events" ORDER BY "id" DESC LIMIT 1`;
  await tx.setting.update({ where: { key: CHAIN_HEAD_SETTING }, data: { value: `${Number(last?.id)}:${prev}` } });
}

/** Appends the rows in order, in the caller's transaction or in one of their own. */
export async function appendAuditRows(db: DbWriter, rows: readonly Omit<ChainedContent, "at">[]) {
  if ("$transaction" in db) await db.$transaction((tx) => append(tx, rows));
  else await append(db, rows);
}

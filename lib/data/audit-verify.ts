// Reads the whole audit trail in id order with the chain's recorded algorithm and head, and walks
// the chain (lib/domain/audit-chain.ts). An operator's check (`npm run audit:verify`), run with the
// database's own client: it reads every row whatever its region, and changes nothing.
import type { DbClient } from "@/lib/db-client";
import { verifyChain, type ChainReport, type StoredRow } from "@/lib/domain/audit-chain";
import { CHAIN_ALGORITHM_SETTING, CHAIN_HEAD_SETTING, parseHead } from "./audit-chain";
import { CHAIN_ARCHIVED_SETTING } from "./audit-archive";

const BATCH = 5000;

export async function verifyAuditTrail(db: DbClient): Promise<ChainReport & { algorithm: string | null }> {
  const settings = await db.setting.findMany({ where: { key: { in: [CHAIN_HEAD_SETTING, CHAIN_ALGORITHM_SETTING, CHAIN_ARCHIVED_SETTING] } } });
  const value = (key: string) => settings.find((s) => s.key === key)?.value ?? null;
  const algorithm = value(CHAIN_ALGORITHM_SETTING);
  const rows: StoredRow[] = [];
  for (let after = 0; ; ) {
    const batch = await db.auditEvent.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, at: true, userId: true, actor: true, action: true, entityType: true, entityId: true, regionPath: true, before: true, after: true, prevDigest: true, digest: true },
    });
    rows.push(...batch);
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]?.id ?? after;
  }
  if (algorithm !== "sm3" && algorithm !== "sha256") {
    // No chain yet: nothing was written since the chain was introduced.
    return rows.length === 0 || rows.every((r) => r.digest === null)
      ? { ok: true, rows: rows.length, chained: 0, head: "", algorithm: null }
      : { ok: false, rows: rows.length, problem: { kind: "changed", id: rows.find((r) => r.digest !== null)?.id ?? 0 }, algorithm: null };
  }
  const archived = parseHead(value(CHAIN_ARCHIVED_SETTING));
  // An archive is itself on the record: a chained audit.archive row names the last row it moved.
  // Without one, the archived head is a setting someone wrote to hide the rows they removed.
  if (archived && !rows.some((r) => r.action === "audit.archive" && r.digest !== null && archiveThrough(r.after) === archived.id)) {
    return { ok: false, rows: rows.length, problem: { kind: "removed", afterId: null, beforeId: rows[0]?.id ?? null }, algorithm };
  }
  return { ...verifyChain(algorithm, rows, parseHead(value(CHAIN_HEAD_SETTING)), archived), algorithm };
}

function archiveThrough(after: string | null): number | null {
  try {
    const value = (JSON.parse(after ?? "null") as { throughId?: unknown } | null)?.throughId;
    return typeof value === "number" ? value : null;
  } catch {
    return null;
  }
}

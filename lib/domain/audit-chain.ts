// The audit trail's hash chain: each row's digest is H(the previous row's digest, this row's content),
// so changing, inserting or removing a row breaks the chain at that row. H is SM3 (GB/T 32905) where
// the platform's crypto offers it, else SHA-256; the choice is recorded with the chain. Pure
// functions: the data layer computes digests on write, `npm run audit:verify` walks the chain.
import { createHash, getHashes } from "node:crypto";

export type ChainAlgorithm = "sm3" | "sha256";

/** SM3 when this Node's OpenSSL has it, else SHA-256. */
export function preferredAlgorithm(available: readonly string[] = getHashes()): ChainAlgorithm {
  return available.includes("sm3") ? "sm3" : "sha256";
}

/** What a digest covers: everything an audit row says, in a fixed order (not its id). */
export interface ChainedContent {
  at: Date;
  userId: number | null;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  regionPath: string | null;
  before: string | null;
  after: string | null;
}

export function chainDigest(algorithm: ChainAlgorithm, prevDigest: string, row: ChainedContent): string {
  const content = JSON.stringify([row.at.toISOString(), row.userId, row.actor, row.action, row.entityType, row.entityId, row.regionPath, row.before, row.after]);
  return createHash(algorithm).update(prevDigest).update("\n").update(content).digest("hex");
}

/** The digest that stands for the rows written before the chain began (empty when there were none). */
export function genesisDigest(algorithm: ChainAlgorithm, legacyRows: readonly ChainedContent[]): string {
  return legacyRows.reduce((prev, row) => chainDigest(algorithm, prev, row), "");
}

export interface StoredRow extends ChainedContent {
  id: number;
  prevDigest: string | null;
  digest: string | null;
}

export type ChainBreak =
  | { kind: "changed"; id: number }
  | { kind: "inserted"; id: number }
  | { kind: "removed"; afterId: number | null; beforeId: number | null }
  | { kind: "legacyChanged"; firstChainedId: number };

export type ChainReport = { ok: true; rows: number; chained: number; head: string } | { ok: false; rows: number; problem: ChainBreak };

/**
 * Walks the rows in id order and names the first break: a row whose content no longer matches its
 * digest (changed), a row that does not follow the one before it (inserted when it links to an
 * earlier row; removed rows when ids are missing before it; else the row before it was changed and
 * its digest recomputed), or the recorded head not being the last row (rows removed or appended).
 */
export function verifyChain(
  algorithm: ChainAlgorithm,
  rows: Iterable<StoredRow>,
  head: { id: number; digest: string } | null,
  /** The last row moved to an archive (lib/data/audit-archive.ts): the rows that stay follow it. */
  archived: { id: number; digest: string } | null = null,
): ChainReport {
  const legacy: ChainedContent[] = [];
  /** Digest → position in `ids` of the chained rows walked so far. */
  const seen = new Map<string, number>();
  const ids: number[] = [];
  let previous: StoredRow | null = null;
  let expectedPrev: string | null = archived?.digest ?? null;
  let count = 0;
  let chained = 0;
  const fail = (problem: ChainBreak): ChainReport => ({ ok: false, rows: count, problem });
  for (const row of rows) {
    count += 1;
    // A row at or before the archived head is one the archive holds: put back or forged.
    if (archived && row.id <= archived.id) return fail({ kind: "inserted", id: row.id });
    if (row.digest === null || row.prevDigest === null) {
      if (expectedPrev !== null) return fail({ kind: "changed", id: row.id });
      legacy.push(row);
      previous = row;
      continue;
    }
    chained += 1;
    if (expectedPrev === null) {
      if (row.prevDigest !== genesisDigest(algorithm, legacy)) return fail({ kind: "legacyChanged", firstChainedId: row.id });
      expectedPrev = row.prevDigest;
    }
    if (chainDigest(algorithm, row.prevDigest, row) !== row.digest) return fail({ kind: "changed", id: row.id });
    if (row.prevDigest !== expectedPrev) {
      const linkedTo = seen.get(row.prevDigest);
      if (linkedTo !== undefined) return fail({ kind: "inserted", id: ids[linkedTo + 1] ?? row.id });
      const previousId = previous?.id ?? archived?.id;
      if (previousId !== undefined && previousId + 1 < row.id) return fail({ kind: "removed", afterId: previousId, beforeId: row.id });
      return fail({ kind: "changed", id: previous?.id ?? row.id });
    }
    seen.set(row.digest, ids.length);
    ids.push(row.id);
    expectedPrev = row.digest;
    previous = row;
  }
  if (head) {
    if (!previous || previous.id < head.id) return fail({ kind: "removed", afterId: previous?.id ?? null, beforeId: null });
    if (previous.id > head.id) return fail({ kind: "inserted", id: ids.find((id) => id > head.id) ?? previous.id });
    if (previous.digest !== head.digest) return fail({ kind: "changed", id: previous.id });
  }
  return { ok: true, rows: count, chained, head: expectedPrev ?? "" };
}

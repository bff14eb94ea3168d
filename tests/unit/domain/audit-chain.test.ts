// The audit hash chain names the first changed, inserted or removed row.
import { describe, expect, it } from "vitest";
import { chainDigest, genesisDigest, preferredAlgorithm, verifyChain, type ChainAlgorithm, type ChainedContent, type StoredRow } from "@/lib/domain/audit-chain";

const ALG: ChainAlgorithm = "sha256";

function content(i: number): ChainedContent {
  return { at: new Date(Date.UTC(2026, 11, 7, 10, 0, i)), userId: i % 3 === 0 ? null : i, actor: `user ${i}`, action: "figure.save", entityType: "Figure", entityId: String(i), regionPath: "/000000/450600/", before: null, after: JSON.stringify({ value: i }) };
}

/** A chain of `n` rows with ids 1..n after `legacy` rows written before the chain began. */
function chain(n: number, legacy = 0): { rows: StoredRow[]; head: { id: number; digest: string } } {
  const rows: StoredRow[] = [];
  for (let id = 1; id <= legacy; id += 1) rows.push({ id, ...content(id), prevDigest: null, digest: null });
  let prev = genesisDigest(ALG, rows);
  for (let id = legacy + 1; id <= legacy + n; id += 1) {
    const digest = chainDigest(ALG, prev, content(id));
    rows.push({ id, ...content(id), prevDigest: prev, digest });
    prev = digest;
  }
  return { rows, head: { id: legacy + n, digest: prev } };
}

describe("verifyChain", () => {
  it("accepts an intact chain, with or without rows from before the chain began", () => {
    const { rows, head } = chain(10);
    expect(verifyChain(ALG, rows, head)).toEqual({ ok: true, rows: 10, chained: 10, head: head.digest });
    const withLegacy = chain(5, 3);
    expect(verifyChain(ALG, withLegacy.rows, withLegacy.head)).toMatchObject({ ok: true, rows: 8, chained: 5 });
  });

  it("walks the rows that stay after an archive from the archive's last digest", () => {
    const { rows, head } = chain(10, 2);
    const archived = { id: 6, digest: rows[5]?.digest ?? "" };
    const kept = rows.filter((r) => r.id > 6);
    expect(verifyChain(ALG, kept, head, archived)).toMatchObject({ ok: true, rows: 6, chained: 6 });
    // The first row after the archive removed, or an archived row put back, or a forged archive head.
    expect(verifyChain(ALG, kept.slice(1), head, archived)).toMatchObject({ ok: false, problem: { kind: "removed", afterId: 6, beforeId: 8 } });
    expect(verifyChain(ALG, rows.filter((r) => r.id >= 6), head, archived)).toMatchObject({ ok: false, problem: { kind: "inserted", id: 6 } });
    expect(verifyChain(ALG, kept, head, { id: 6, digest: "0".repeat(64) })).toMatchObject({ ok: false, problem: { kind: "changed" } });
  });

  it("names a changed row, whether or not its digest was recomputed", () => {
    const { rows, head } = chain(10);
    const edited = rows.map((r) => (r.id === 4 ? { ...r, after: JSON.stringify({ value: 400 }) } : r));
    expect(verifyChain(ALG, edited, head)).toMatchObject({ ok: false, problem: { kind: "changed", id: 4 } });
    const resealed = rows.map((r) => (r.id === 4 ? { ...r, actor: "someone else", digest: chainDigest(ALG, r.prevDigest ?? "", { ...r, actor: "someone else" }) } : r));
    expect(verifyChain(ALG, resealed, head)).toMatchObject({ ok: false, problem: { kind: "changed", id: 4 } });
    const blanked = rows.map((r) => (r.id === 6 ? { ...r, digest: null } : r));
    expect(verifyChain(ALG, blanked, head)).toMatchObject({ ok: false, problem: { kind: "changed", id: 6 } });
  });

  it("names removed rows in the middle and at the end", () => {
    const { rows, head } = chain(10);
    expect(verifyChain(ALG, rows.filter((r) => r.id !== 5 && r.id !== 6), head)).toMatchObject({ ok: false, problem: { kind: "removed", afterId: 4, beforeId: 7 } });
    expect(verifyChain(ALG, rows.slice(0, 8), head)).toMatchObject({ ok: false, problem: { kind: "removed", afterId: 8, beforeId: null } });
  });

  it("names an inserted row, forged digest or not", () => {
    const { rows, head } = chain(10);
    const at4 = rows[3];
    if (!at4?.digest) throw new Error("no row 4");
    const forgedContent = { ...content(99), action: "user.delete" };
    const forged: StoredRow = { id: 45, ...forgedContent, prevDigest: at4.digest, digest: chainDigest(ALG, at4.digest, forgedContent) };
    const withForged = [...rows.slice(0, 4), forged, ...rows.slice(4)];
    expect(verifyChain(ALG, withForged, head)).toMatchObject({ ok: false, problem: { kind: "inserted", id: 45 } });
    const clumsy: StoredRow = { ...forged, digest: "0".repeat(64) };
    expect(verifyChain(ALG, [...rows.slice(0, 4), clumsy, ...rows.slice(4)], head)).toMatchObject({ ok: false, problem: { kind: "changed", id: 45 } });
    // Appended after the recorded head.
    const last = rows[9];
    if (!last?.digest) throw new Error("no row 10");
    const appended: StoredRow = { id: 11, ...forgedContent, prevDigest: last.digest, digest: chainDigest(ALG, last.digest, forgedContent) };
    expect(verifyChain(ALG, [...rows, appended], head)).toMatchObject({ ok: false, problem: { kind: "inserted", id: 11 } });
  });

  it("notices a change to the rows written before the chain began", () => {
    const { rows, head } = chain(5, 3);
    const edited = rows.map((r) => (r.id === 2 ? { ...r, actor: "x" } : r));
    expect(verifyChain(ALG, edited, head)).toMatchObject({ ok: false, problem: { kind: "legacyChanged", firstChainedId: 4 } });
  });
});

describe("the digest algorithm", () => {
  it("is SM3 where the platform offers it, SHA-256 otherwise, and they differ", () => {
    expect(preferredAlgorithm(["sha256", "sm3"])).toBe("sm3");
    expect(preferredAlgorithm(["sha256"])).toBe("sha256");
    expect(chainDigest("sm3", "", content(1))).not.toBe(chainDigest("sha256", "", content(1)));
    expect(chainDigest("sm3", "", content(1))).toMatch(/^[0-9a-f]{64}$/);
  });
});

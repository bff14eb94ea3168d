// Evaluations as of a past quarter, kept in the database (past_evaluations) so that a report on a
// past period does not re-evaluate every target from its figures on each request, and every app
// server sharing the database shares the work. A stored row counts only while its target's current
// evaluation is the one it was computed beside (`basis` = that evaluation's computed_at): every write
// that changes a figure, target or period recomputes the current evaluation (recompute.ts), so such
// a write makes the past rows of the targets it touches stale, with no list of what to invalidate.
import "server-only";
import type { DbClient } from "@/lib/db-client";
import { periodFromIndex } from "@/lib/domain";
import { loadByIdChunks } from "../id-lists";
import { isUniqueViolation } from "../transaction";
import { evaluateTargetsAsOf, evaluationColumnsSelect, type EvaluationColumns } from "./as-of";

/** Rows per INSERT: 19 columns each, below SQLite's 999 bound parameters. */
const ROWS_PER_INSERT = 45;

const columnsSelect = { ...evaluationColumnsSelect, basis: true } as const;

/** Evaluations of these targets as of the past quarter `asOf`: stored ones where still valid, the rest computed and stored. */
export async function pastEvaluations(db: DbClient, targetIds: readonly number[], asOf: number, options: { provisional: boolean }): Promise<Map<number, EvaluationColumns>> {
  const { year, quarter } = periodFromIndex(asOf);
  const { provisional } = options;
  // The bases are read before any figure: a write landing in between leaves the stored row stale, never wrong.
  const [bases, stored] = await Promise.all([
    loadByIdChunks(targetIds, (ids) => db.targetEvaluation.findMany({ where: { targetId: { in: ids }, provisional }, select: { targetId: true, computedAt: true } })),
    loadByIdChunks(targetIds, (ids) =>
      db.pastEvaluation.findMany({ where: { targetId: { in: ids }, provisional, asOfYear: year, asOfQuarter: quarter }, select: columnsSelect }),
    ),
  ]);
  const basisOf = new Map(bases.map((b) => [b.targetId, b.computedAt.getTime()]));
  const result = new Map<number, EvaluationColumns>();
  for (const { basis, targetId, ...columns } of stored) if (basisOf.get(targetId) === basis.getTime()) result.set(targetId, columns);
  const missing = targetIds.filter((id) => !result.has(id));
  if (missing.length === 0) return result;

  const computed = await evaluateTargetsAsOf(db, missing, asOf, options);
  for (const [id, columns] of computed) result.set(id, columns);
  // Only targets with a current evaluation get a row: without a basis nothing could invalidate it.
  const rows = [...computed].flatMap(([targetId, columns]) => {
    const basis = basisOf.get(targetId);
    return basis === undefined ? [] : [{ targetId, provisional, ...columns, basis: new Date(basis) }];
  });
  await storePastEvaluations(db, rows, year, quarter, provisional);
  return result;
}

type PastRow = EvaluationColumns & { targetId: number; provisional: boolean; basis: Date };

async function storePastEvaluations(db: DbClient, rows: PastRow[], year: number, quarter: number, provisional: boolean) {
  if (rows.length === 0) return;
  try {
    await db.$transaction(
      async (tx) => {
        await loadByIdChunks(rows.map((r) => r.targetId), async (ids) => [
          await tx.pastEvaluation.deleteMany({ where: { targetId: { in: ids }, provisional, asOfYear: year, asOfQuarter: quarter } }),
        ]);
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await tx.pastEvaluation.createMany({ data: rows.slice(i, i + ROWS_PER_INSERT) });
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Another request stored the same rows first: theirs are as good as ours.
    if (!isUniqueViolation(error)) throw error;
  }
}

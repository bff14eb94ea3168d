// One change written to many figures, each only at the version just read (optimistic locking) and
// in batches, not one statement per figure: submitting or approving a province's quarter is
// thousands of figures.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db-client";

/** Figures per statement: two bound parameters each, well under SQLite's 999. */
const FIGURES_PER_STATEMENT = 400;

/**
 * Applies `data` (and a version increment) to each figure at its version. Returns the ids of the
 * first batch in which some figure had moved on (the caller aborts its transaction), else [].
 */
export async function updateFiguresAtVersions(
  tx: DbTransaction,
  figures: readonly { id: number; version: number }[],
  data: Prisma.FigureUncheckedUpdateManyInput,
): Promise<number[]> {
  for (let i = 0; i < figures.length; i += FIGURES_PER_STATEMENT) {
    const batch = figures.slice(i, i + FIGURES_PER_STATEMENT);
    const updated = await tx.figure.updateMany({ where: { OR: batch.map((f) => ({ id: f.id, version: f.version })) }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== batch.length) return batch.map((f) => f.id);
  }
  return [];
}

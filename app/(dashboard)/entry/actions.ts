"use server";
// Entry grid actions: save cells as drafts, submit the quarter, read one figure's history.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getFigureHistory, type FigureHistory } from "@/lib/data/audit-log";
import { saveFigure, saveInputOf, submitFigures, type SavedFigure, type SubmitFailureExtra } from "@/lib/data/figures";
import type { FigureView } from "@/lib/data/figure-view";
import { failure, type Result } from "@/lib/result";
import { can } from "@/lib/permissions";
import { figurePutSchema, submitSchema, zodFieldErrors } from "@/lib/validations/figure";

/** Each cell's own result, named by the cell's key. */
export type SaveCellResult = Result<SavedFigure, { current?: FigureView | null }> & { key: string };

const MAX_CELLS = 2000;

/** Saves each cell independently (one failing cell does not hold back the others). */
export async function saveFiguresAction(cells: readonly { key: string; input: unknown }[]): Promise<SaveCellResult[]> {
  const user = await requireUser();
  if (!can(user, "figure.enter")) return cells.map((c) => ({ key: String(c.key), ...failure("FORBIDDEN", { reason: "cannotEnter" }) }));
  const results: SaveCellResult[] = [];
  for (const cell of cells.slice(0, MAX_CELLS)) {
    const key = String(cell.key);
    const parsed = figurePutSchema.safeParse(cell.input);
    if (!parsed.success) {
      results.push({ key, ...failure("INVALID", { reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) }) });
      continue;
    }
    // The grid saves drafts only; submitting is its own action.
    const result = await saveFigure(user, { ...saveInputOf(parsed.data), submit: false });
    results.push({ key, ...result });
  }
  revalidatePath("/entry");
  return results;
}

export async function submitPeriodAction(input: unknown): Promise<Result<{ submitted: number }, SubmitFailureExtra>> {
  const user = await requireUser();
  const parsed = submitSchema.safeParse(input);
  if (!parsed.success) return failure("INVALID", { reason: "invalid" });
  const { period, departmentId, versions } = parsed.data;
  const result = await submitFigures(user, {
    year: period.year,
    quarter: period.quarter,
    departmentId,
    versions: versions && Object.fromEntries(Object.entries(versions).map(([id, v]) => [Number(id), v])),
  });
  revalidatePath("/entry");
  return result;
}

export async function figureHistoryAction(figureId: unknown): Promise<FigureHistory | null> {
  const user = await requireUser();
  const id = z.number().int().positive().safeParse(figureId);
  return id.success ? getFigureHistory(user, id.data) : null;
}

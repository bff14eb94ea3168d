"use server";
// Review actions: approve (one, or a department's submission under the list's filter), return with a comment, reopen with a reason.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { approveFigures, approveMatchingFigures, reopenFigure, returnFigure } from "@/lib/data/review";
import { failure, type Result } from "@/lib/result";
import { approveMatchingSchema, approveSchema, reopenSchema, returnSchema, zodFieldErrors } from "@/lib/validations/figure";

export type ReviewResult = Result<{ count: number }, { conflicts?: number[] }>;

function done(result: ReviewResult): ReviewResult {
  revalidatePath("/review");
  revalidatePath("/entry");
  return result;
}

export async function approveAction(input: unknown): Promise<ReviewResult> {
  const user = await requireUser();
  const parsed = approveSchema.safeParse(input);
  if (!parsed.success) return failure("INVALID", { reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) });
  return done(await approveFigures(user, parsed.data.figures));
}

export async function returnAction(input: unknown): Promise<ReviewResult> {
  const user = await requireUser();
  const parsed = returnSchema.safeParse(input);
  if (!parsed.success) return failure("INVALID", { reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) });
  return done(await returnFigure(user, parsed.data.figure, parsed.data.comment));
}

export async function reopenAction(input: unknown): Promise<ReviewResult> {
  const user = await requireUser();
  const parsed = reopenSchema.safeParse(input);
  if (!parsed.success) return failure("INVALID", { reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) });
  return done(await reopenFigure(user, parsed.data.figure, parsed.data.reason));
}

export async function approveMatchingAction(input: unknown): Promise<ReviewResult> {
  const user = await requireUser();
  const parsed = approveMatchingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "INVALID", reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) };
  const { period, count, shownAt, ...filter } = parsed.data;
  return done(await approveMatchingFigures(user, { ...filter, year: period.year, quarter: period.quarter }, { count, at: shownAt }));
}

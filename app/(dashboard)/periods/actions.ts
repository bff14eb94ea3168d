"use server";
// Reporting-period actions: open or close a quarter, set its due date, add the next quarter.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { updatePeriod } from "@/lib/data/periods";
import type { FieldErrors } from "@/lib/domain";
import { periodChangeSchema, zodFieldErrors } from "@/lib/validations/figure";

export type PeriodResult = { ok: true } | { ok: false; reason: string; fieldErrors?: FieldErrors };

export async function updatePeriodAction(input: unknown): Promise<PeriodResult> {
  const user = await requireUser();
  const parsed = periodChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) };
  const { period, isOpen, dueDate } = parsed.data;
  const result = await updatePeriod(user, { year: period.year, quarter: period.quarter, isOpen, dueDate });
  revalidatePath("/periods");
  revalidatePath("/entry");
  return result.ok ? { ok: true } : { ok: false, reason: result.reason, fieldErrors: result.fieldErrors };
}

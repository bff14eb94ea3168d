"use server";
// Reporting-period actions: open or close a quarter, set its due date, add the next quarter.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { updatePeriod, type PeriodView } from "@/lib/data/periods";
import { failure, type Result } from "@/lib/result";
import { periodChangeSchema, zodFieldErrors } from "@/lib/validations/figure";

export async function updatePeriodAction(input: unknown): Promise<Result<PeriodView>> {
  const user = await requireUser();
  const parsed = periodChangeSchema.safeParse(input);
  if (!parsed.success) return failure("INVALID", { reason: "invalid", fieldErrors: zodFieldErrors(parsed.error) });
  const { period, isOpen, dueDate } = parsed.data;
  const result = await updatePeriod(user, { year: period.year, quarter: period.quarter, isOpen, dueDate });
  revalidatePath("/periods");
  revalidatePath("/entry");
  return result;
}

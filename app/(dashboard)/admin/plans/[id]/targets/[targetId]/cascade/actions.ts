"use server";
// 分解到下级: parse → user → data layer (role, scope, versions, one transaction) → revalidate → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { applyCascade, type CascadeOutcome } from "@/lib/data/cascade/apply";
import type { Result } from "@/lib/result";
import { parseWith } from "@/lib/validations/fields";
import { cascadeSchema } from "@/lib/validations/cascade";

export async function acceptCascade(planId: number, targetId: number, input: unknown): Promise<Result<CascadeOutcome>> {
  const parsed = parseWith(cascadeSchema, input);
  if (!parsed.ok) return parsed;
  const result = await applyCascade(await requireUser(), targetId, parsed.data);
  if (result.ok) {
    revalidatePath(`/admin/plans/${planId}`);
    revalidatePath(`/admin/plans/${planId}/targets/${targetId}`);
  }
  return result;
}

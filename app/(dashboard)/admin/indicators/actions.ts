"use server";
// Indicator screens: parse → user → data layer (which checks role) → revalidate → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createIndicator, deleteIndicator, setIndicatorActive, updateIndicator } from "@/lib/data/admin/indicators";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { indicatorSchema } from "@/lib/validations/indicator";

type Saved = Result<{ id: number }>;

export async function saveIndicator(id: number | null, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(indicatorSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const user = await requireUser();
  const result = id === null ? await createIndicator(user, parsed.data) : await updateIndicator(user, id, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/indicators");
  return { ok: true, data: { id: result.data.id } };
}

export async function setIndicatorActiveAction(id: number, active: boolean): Promise<Result<unknown>> {
  const result = await setIndicatorActive(await requireUser(), id, active);
  if (result.ok) revalidatePath("/admin/indicators");
  return result.ok ? { ok: true, data: null } : result;
}

export async function deleteIndicatorAction(id: number): Promise<Result<unknown>> {
  const result = await deleteIndicator(await requireUser(), id);
  if (result.ok) revalidatePath("/admin/indicators");
  return result.ok ? { ok: true, data: null } : result;
}

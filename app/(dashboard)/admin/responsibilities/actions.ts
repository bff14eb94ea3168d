"use server";
// Responsibility screen: parse → user → data layer (which checks role and scope) → revalidate → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createResponsibility, deleteResponsibility } from "@/lib/data/admin/responsibilities";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { responsibilitySchema } from "@/lib/validations/responsibility";

type Saved = Result<{ id: number }>;

export async function addResponsibility(_previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(responsibilitySchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = await createResponsibility(await requireUser(), parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/responsibilities");
  return { ok: true, data: { id: result.data.id } };
}

export async function removeResponsibility(id: number): Promise<Result<unknown>> {
  const result = await deleteResponsibility(await requireUser(), id);
  if (result.ok) revalidatePath("/admin/responsibilities");
  return result.ok ? { ok: true, data: null } : result;
}

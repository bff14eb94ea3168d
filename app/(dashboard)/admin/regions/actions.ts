"use server";
// Region screens: parse → user → data layer (which checks role and scope) → revalidate → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createRegion, deleteRegion, setRegionActive, updateRegion } from "@/lib/data/admin/regions";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { regionSchema } from "@/lib/validations/region";

type Saved = Result<{ id: number }>;

export async function saveRegion(id: number | null, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(regionSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const user = await requireUser();
  const result = id === null ? await createRegion(user, parsed.data) : await updateRegion(user, id, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/regions");
  return { ok: true, data: { id: result.data.id } };
}

export async function setRegionActiveAction(id: number, active: boolean): Promise<Result<unknown>> {
  const result = await setRegionActive(await requireUser(), id, active);
  if (result.ok) revalidatePath("/admin/regions");
  return result.ok ? { ok: true, data: null } : result;
}

export async function deleteRegionAction(id: number): Promise<Result<unknown>> {
  const result = await deleteRegion(await requireUser(), id);
  if (result.ok) revalidatePath("/admin/regions");
  return result.ok ? { ok: true, data: null } : result;
}

"use server";
// Department screens: parse → user → data layer (which checks role) → revalidate → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createDepartment, deleteDepartment, setDepartmentActive, updateDepartment } from "@/lib/data/admin/departments";
import type { Result } from "@/lib/result";
import { departmentSchema } from "@/lib/validations/department";
import { formToObject, parseWith } from "@/lib/validations/fields";

type Saved = Result<{ id: number }>;

export async function saveDepartment(id: number | null, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(departmentSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const user = await requireUser();
  const result = id === null ? await createDepartment(user, parsed.data) : await updateDepartment(user, id, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/departments");
  return { ok: true, data: { id: result.data.id } };
}

export async function setDepartmentActiveAction(id: number, active: boolean): Promise<Result<unknown>> {
  const result = await setDepartmentActive(await requireUser(), id, active);
  if (result.ok) revalidatePath("/admin/departments");
  return result.ok ? { ok: true, data: null } : result;
}

export async function deleteDepartmentAction(id: number): Promise<Result<unknown>> {
  const result = await deleteDepartment(await requireUser(), id);
  if (result.ok) revalidatePath("/admin/departments");
  return result.ok ? { ok: true, data: null } : result;
}

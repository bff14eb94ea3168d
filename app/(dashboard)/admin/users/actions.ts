"use server";
// User screens: parse → user → data layer (which checks role, scope and the last-admin rule) → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/data/admin/users";
import { resetSecondFactor } from "@/lib/data/second-factor";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/validations/user";

type Saved = Result<{ id: number }>;

export async function createUserAction(_previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(createUserSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = await createUser(await requireUser(), parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return { ok: true, data: { id: result.data.id } };
}

export async function updateUserAction(id: number, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(updateUserSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = await updateUser(await requireUser(), id, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/users");
  return { ok: true, data: { id } };
}

export async function resetPasswordAction(id: number, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(resetPasswordSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = await resetUserPassword(await requireUser(), id, parsed.data.password);
  return result.ok ? { ok: true, data: { id } } : result;
}

export async function setUserActiveAction(id: number, active: boolean): Promise<Result<unknown>> {
  const result = await setUserActive(await requireUser(), id, active);
  if (result.ok) revalidatePath("/admin/users");
  return result.ok ? { ok: true, data: null } : result;
}

export async function resetSecondFactorAction(id: number): Promise<Result<unknown>> {
  const result = await resetSecondFactor(await requireUser(), id);
  if (result.ok) revalidatePath(`/admin/users/${id}`);
  return result.ok ? { ok: true, data: null } : result;
}

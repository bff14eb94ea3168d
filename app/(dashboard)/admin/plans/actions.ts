"use server";
// Plan, area and target screens: parse → user → data layer (which checks role and scope) →
// revalidate → result.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { createArea, createPlan, deleteArea, deletePlan, setPlanArchived, updateArea, updatePlan } from "@/lib/data/admin/plans";
import { createTarget, setTargetArchived, updateTarget } from "@/lib/data/admin/targets";
import type { Result } from "@/lib/result";
import { formToObject, parseWith, requiredId } from "@/lib/validations/fields";
import { areaSchema, planSchema } from "@/lib/validations/plan";
import { targetSchema } from "@/lib/validations/target";

type Saved = Result<{ id: number }>;
type Done = Result<unknown>;

const done = (result: Result<unknown>, ...paths: string[]): Done => {
  if (!result.ok) return result;
  for (const path of paths) revalidatePath(path);
  return { ok: true, data: null };
};

export async function savePlan(id: number | null, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(planSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const user = await requireUser();
  const result = id === null ? await createPlan(user, parsed.data) : await updatePlan(user, id, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/admin/plans");
  return { ok: true, data: { id: result.data.id } };
}

export async function setPlanArchivedAction(id: number, archived: boolean): Promise<Done> {
  return done(await setPlanArchived(await requireUser(), id, archived), "/admin/plans", `/admin/plans/${id}`);
}

export async function deletePlanAction(id: number): Promise<Done> {
  return done(await deletePlan(await requireUser(), id), "/admin/plans");
}

export async function saveArea(planId: number, areaId: number | null, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(areaSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const user = await requireUser();
  const result = areaId === null ? await createArea(user, planId, parsed.data) : await updateArea(user, areaId, parsed.data);
  if (!result.ok) return result;
  revalidatePath(`/admin/plans/${planId}`);
  return { ok: true, data: { id: result.data.id } };
}

export async function deleteAreaAction(planId: number, areaId: number): Promise<Done> {
  return done(await deleteArea(await requireUser(), areaId), `/admin/plans/${planId}`);
}

const TARGET_MULTI = ["supportDepartmentIds"];

export async function saveTarget(planId: number, targetId: number | null, _previous: Saved | null, formData: FormData): Promise<Saved> {
  const parsed = parseWith(targetSchema, { ...formToObject(formData, TARGET_MULTI), planId });
  if (!parsed.ok) return parsed;
  const user = await requireUser();
  let result: Result<{ id: number }>;
  if (targetId === null) {
    result = await createTarget(user, parsed.data);
  } else {
    const version = requiredId().safeParse(formData.get("version"));
    if (!version.success) return { ok: false, code: "CONFLICT" };
    const { planId: _planId, ...fields } = parsed.data;
    result = await updateTarget(user, targetId, version.data, fields);
  }
  if (!result.ok) return result;
  revalidatePath(`/admin/plans/${planId}`);
  return { ok: true, data: { id: result.data.id } };
}

export async function setTargetArchivedAction(planId: number, targetId: number, archived: boolean): Promise<Done> {
  return done(await setTargetArchived(await requireUser(), targetId, archived), `/admin/plans/${planId}`, `/admin/plans/${planId}/targets/${targetId}`);
}

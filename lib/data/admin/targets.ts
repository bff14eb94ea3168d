// Administration of targets: indicator × region × plan with comparator, value, deadline, measure,
// departments and the exact source sentence. Targets are archived, never deleted; every change
// recomputes the target's evaluation so dashboards show its status at once.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TargetInput } from "@/lib/validations/target";
import { recordAudit } from "../audit";
import { recomputeEvaluations } from "../evaluation/recompute";
import { regionInScope } from "../scope";
import { findPlanForChange } from "./plans";
import { assertCan, change } from "./run";
import { abort } from "../transaction";
import type { FieldErrors } from "@/lib/result";
import { targetSelect } from "../target-fields";

const select = {
  ...targetSelect,
  version: true,
  archivedAt: true,
  supporters: { select: { departmentId: true }, orderBy: { departmentId: "asc" } },
} as const;

const listSelect = {
  ...select,
  indicator: { select: { code: true, name: true, nameEn: true, unit: true, decimals: true } },
  region: { select: { code: true, name: true, nameEn: true } },
  area: { select: { name: true, nameEn: true } },
  leadDepartment: { select: { name: true, shortName: true } },
  supporters: { select: { departmentId: true, department: { select: { name: true, shortName: true } } }, orderBy: { departmentId: "asc" } },
  evaluations: { where: { provisional: false }, select: { status: true } },
} as const;

/** The plan's targets in the user's scope, archived ones included (marked). */
export async function listPlanTargets(user: SessionUser, planId: number) {
  assertCan(user, "plan.manage");
  const rows = await db.target.findMany({
    where: { planId, region: regionInScope(user), plan: { issuingRegion: regionInScope(user) } },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { area: { sortOrder: "asc" } }, { indicator: { code: "asc" } }, { region: { path: "asc" } }],
    select: listSelect,
  });
  return rows.map(({ evaluations, ...t }) => ({ ...t, status: evaluations[0]?.status ?? null }));
}

export type PlanTargetRow = Awaited<ReturnType<typeof listPlanTargets>>[number];

export async function getTargetForAdmin(user: SessionUser, id: number) {
  assertCan(user, "plan.manage");
  const target = await db.target.findFirst({
    where: { id, region: regionInScope(user), plan: { issuingRegion: regionInScope(user) } },
    select: { ...select, plan: { select: { title: true, sourceText: true, archivedAt: true } } },
  });
  if (!target) return null;
  return { ...target, supportDepartmentIds: target.supporters.map((s) => s.departmentId) };
}

type TargetFields = Omit<TargetInput, "planId">;
type Plan = Awaited<ReturnType<typeof findPlanForChange>>;

/** Checks that every reference of a target is usable by this user; field messages otherwise. */
async function checkReferences(tx: DbTransaction, user: SessionUser, plan: Plan, input: TargetFields, prefix = "") {
  const supportIds = input.supportDepartmentIds.filter((id) => id !== input.leadDepartmentId);
  const departmentIds = [...supportIds, ...(input.leadDepartmentId ? [input.leadDepartmentId] : [])];
  const [indicator, region, area, departments] = await Promise.all([
    tx.indicator.findFirst({ where: { id: input.indicatorId, active: true }, select: { id: true } }),
    tx.region.findFirst({ where: { id: input.regionId, active: true, ...regionInScope(user) }, select: { id: true } }),
    input.areaId === null ? null : tx.area.findFirst({ where: { id: input.areaId, planId: plan.id }, select: { id: true } }),
    tx.department.findMany({ where: { id: { in: departmentIds }, active: true }, select: { id: true } }),
  ]);
  const known = new Set(departments.map((d) => d.id));
  const errors: FieldErrors = {};
  if (!indicator) errors[`${prefix}indicatorId`] = [{ code: "admin.validation.choice" }];
  if (!region) errors[`${prefix}regionId`] = [{ code: "admin.validation.choice" }];
  if (input.areaId !== null && !area) errors[`${prefix}areaId`] = [{ code: "admin.validation.choice" }];
  if (input.leadDepartmentId !== null && !known.has(input.leadDepartmentId)) errors[`${prefix}leadDepartmentId`] = [{ code: "admin.validation.choice" }];
  if (supportIds.some((id) => !known.has(id))) errors[`${prefix}supportDepartmentIds`] = [{ code: "admin.validation.choice" }];
  // The source sentence is evidence: it must be quoted exactly from the plan's text.
  if (input.sourceSentence && plan.sourceText && !plan.sourceText.includes(input.sourceSentence)) {
    errors[`${prefix}sourceSentence`] = [{ code: "admin.validation.sentenceNotInText" }];
  }
  if (Object.keys(errors).length > 0) abort("INVALID", { fieldErrors: errors });
  return supportIds;
}

async function abortIfTaken(tx: DbTransaction, planId: number, input: TargetFields, exceptId: number | null, prefix = "") {
  const existing = await tx.target.findUnique({
    where: { planId_indicatorId_regionId: { planId, indicatorId: input.indicatorId, regionId: input.regionId } },
    select: { id: true, archivedAt: true },
  });
  if (existing && existing.id !== exceptId) {
    const key = existing.archivedAt ? "admin.errors.duplicate.archivedTarget" : "admin.errors.duplicate.target";
    abort("DUPLICATE", { fieldErrors: { [`${prefix}indicatorId`]: [{ code: key }] }, params: { targetId: existing.id } });
  }
}

const data = (input: TargetFields) => ({
  areaId: input.areaId,
  indicatorId: input.indicatorId,
  regionId: input.regionId,
  comparator: input.comparator,
  targetValue: input.targetValue,
  baselineValue: input.baselineValue,
  baselinePeriod: input.baselinePeriod,
  deadlineYear: input.deadlineYear,
  deadlineQuarter: input.deadlineQuarter,
  measure: input.measure,
  isMaintain: input.isMaintain,
  leadDepartmentId: input.leadDepartmentId,
  weight: input.weight,
  sourceSentence: input.sourceSentence,
});

/**
 * Creates a target inside a caller's transaction (also used by the document import, which passes
 * a field prefix such as "targets.3." so that messages land on the right candidate).
 */
export async function insertTarget(tx: DbTransaction, user: SessionUser, plan: Plan, input: TargetFields, prefix = "") {
  const supportIds = await checkReferences(tx, user, plan, input, prefix);
  await abortIfTaken(tx, plan.id, input, null, prefix);
  const created = await tx.target.create({
    data: { planId: plan.id, ...data(input), supporters: { create: supportIds.map((departmentId) => ({ departmentId })) } },
    select,
  });
  await recordAudit(tx, user, { action: "target.create", entityType: "Target", entityId: created.id, after: created });
  return created;
}

export async function createTarget(user: SessionUser, input: TargetInput) {
  return change(user, "plan.manage", async (tx) => {
    const plan = await findPlanForChange(tx, user, input.planId);
    const created = await insertTarget(tx, user, plan, input);
    await recomputeEvaluations(tx, { ids: [created.id] });
    return created;
  });
}

async function findTarget(tx: DbTransaction, user: SessionUser, id: number) {
  const target = await tx.target.findFirst({ where: { id, region: regionInScope(user), plan: { issuingRegion: regionInScope(user) } }, select });
  return target ?? abort("NOT_FOUND");
}

export async function updateTarget(user: SessionUser, id: number, version: number, input: TargetFields) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findTarget(tx, user, id);
    if (before.archivedAt) abort("ARCHIVED");
    if (before.version !== version) abort("CONFLICT");
    const plan = await findPlanForChange(tx, user, before.planId);
    const supportIds = await checkReferences(tx, user, plan, input);
    await abortIfTaken(tx, plan.id, input, id);
    await tx.targetSupport.deleteMany({ where: { targetId: id } });
    const after = await tx.target.update({
      where: { id },
      data: { ...data(input), version: { increment: 1 }, supporters: { create: supportIds.map((departmentId) => ({ departmentId })) } },
      select,
    });
    await recomputeEvaluations(tx, { ids: [id] });
    await recordAudit(tx, user, { action: "target.update", entityType: "Target", entityId: id, before, after });
    return after;
  });
}

export async function setTargetArchived(user: SessionUser, id: number, archived: boolean) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findTarget(tx, user, id);
    if (Boolean(before.archivedAt) === archived) return before;
    if (!archived) await findPlanForChange(tx, user, before.planId);
    const after = await tx.target.update({
      where: { id },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
      select,
    });
    if (archived) await tx.targetEvaluation.deleteMany({ where: { targetId: id } });
    else await recomputeEvaluations(tx, { ids: [id] });
    await recordAudit(tx, user, { action: archived ? "target.archive" : "target.restore", entityType: "Target", entityId: id, before, after });
    return after;
  });
}

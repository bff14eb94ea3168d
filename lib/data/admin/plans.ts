// Administration of plans (policy documents): metadata, stages, source text, areas. A plan that
// has targets is archived (with its targets), never deleted.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { AreaInput, PlanInput } from "@/lib/validations/plan";
import { recordAudit } from "../audit";
import { recomputeEvaluations } from "../evaluation/recompute";
import { regionInScope } from "../scope";
import { assertCan, change, abortDuplicate, abortIfInUse } from "./run";
import { abort } from "../transaction";

const metaSelect = {
  id: true,
  title: true,
  docNumber: true,
  issuer: true,
  issuingRegionId: true,
  issueDate: true,
  periodStart: true,
  deadline: true,
  isDemo: true,
  archivedAt: true,
} as const;

const stagesSelect = { orderBy: { sortOrder: "asc" }, select: { name: true, startDate: true, endDate: true } } as const;

export async function listPlansForAdmin(user: SessionUser) {
  assertCan(user, "plan.manage");
  const rows = await db.plan.findMany({
    where: { issuingRegion: regionInScope(user) },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { issueDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: { ...metaSelect, issuingRegion: { select: { name: true, nameEn: true } }, _count: { select: { targets: { where: { archivedAt: null } } } } },
  });
  return rows.map(({ _count, ...p }) => ({ ...p, targetCount: _count.targets }));
}

export type AdminPlanRow = Awaited<ReturnType<typeof listPlansForAdmin>>[number];

export async function getPlanForAdmin(user: SessionUser, id: number) {
  assertCan(user, "plan.manage");
  const plan = await db.plan.findFirst({
    where: { id, issuingRegion: regionInScope(user) },
    select: {
      ...metaSelect,
      sourceText: true,
      issuingRegion: { select: { name: true, nameEn: true } },
      stages: stagesSelect,
      areas: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, name: true, nameEn: true, sortOrder: true, _count: { select: { targets: true } } } },
    },
  });
  if (!plan) return null;
  return { ...plan, areas: plan.areas.map(({ _count, ...a }) => ({ ...a, targetCount: _count.targets })) };
}

export type AdminPlanDetail = NonNullable<Awaited<ReturnType<typeof getPlanForAdmin>>>;

/** The plan, if the user may change it: issued by a region in scope. */
export async function findPlanForChange(tx: DbTransaction, user: SessionUser, id: number, { allowArchived = false } = {}) {
  const plan = await tx.plan.findFirst({
    where: { id, issuingRegion: regionInScope(user) },
    select: { ...metaSelect, sourceText: true, stages: stagesSelect },
  });
  if (!plan) abort("NOT_FOUND");
  if (plan.archivedAt && !allowArchived) abort("ARCHIVED");
  return plan;
}

async function checkIssuingRegion(tx: DbTransaction, user: SessionUser, regionId: number) {
  const region = await tx.region.findFirst({ where: { id: regionId, ...regionInScope(user) }, select: { id: true } });
  if (!region) abort("INVALID", { fieldErrors: { issuingRegionId: [{ code: "admin.validation.choice" }] } });
}

const stageRows = (input: PlanInput) => input.stages.map((s, i) => ({ ...s, sortOrder: i }));

/** Creates a plan inside a caller's transaction (also used by the document import). */
export async function insertPlan(tx: DbTransaction, user: SessionUser, input: PlanInput) {
  await checkIssuingRegion(tx, user, input.issuingRegionId);
  const { stages: _stages, ...data } = input;
  const created = await tx.plan.create({
    data: { ...data, stages: { create: stageRows(input) } },
    select: { ...metaSelect, stages: stagesSelect },
  });
  await recordAudit(tx, user, {
    action: "plan.create",
    entityType: "Plan",
    entityId: created.id,
    after: { ...created, sourceTextLength: input.sourceText.length },
  });
  return created;
}

export async function createPlan(user: SessionUser, input: PlanInput) {
  return change(user, "plan.manage", (tx) => insertPlan(tx, user, input));
}

export async function updatePlan(user: SessionUser, id: number, input: PlanInput) {
  return change(user, "plan.manage", async (tx) => {
    const { sourceText: beforeText, ...before } = await findPlanForChange(tx, user, id);
    await checkIssuingRegion(tx, user, input.issuingRegionId);
    const { stages: _stages, ...data } = input;
    await tx.planStage.deleteMany({ where: { planId: id } });
    const after = await tx.plan.update({
      where: { id },
      data: { ...data, stages: { create: stageRows(input) } },
      select: { ...metaSelect, stages: stagesSelect },
    });
    // Progress is measured from the plan's start: its targets' evaluations follow a new start date.
    if (before.periodStart.getTime() !== after.periodStart.getTime()) {
      const targets = await tx.target.findMany({ where: { planId: id, archivedAt: null }, select: { id: true } });
      await recomputeEvaluations(tx, { ids: targets.map((t) => t.id) });
    }
    await recordAudit(tx, user, {
      action: "plan.update",
      entityType: "Plan",
      entityId: id,
      before: { ...before, sourceTextLength: beforeText.length },
      after: { ...after, sourceTextLength: input.sourceText.length, sourceTextChanged: beforeText !== input.sourceText },
    });
    return after;
  });
}

/** Archiving a plan archives its targets with the same timestamp; restoring brings exactly those back. */
export async function setPlanArchived(user: SessionUser, id: number, archived: boolean) {
  return change(user, "plan.manage", async (tx) => {
    const { sourceText: _text, ...before } = await findPlanForChange(tx, user, id, { allowArchived: true });
    if (Boolean(before.archivedAt) === archived) return before;
    const now = new Date();
    if (archived) {
      // Dashboards read evaluations: archived targets leave them.
      await tx.targetEvaluation.deleteMany({ where: { target: { planId: id, archivedAt: null } } });
      await tx.target.updateMany({ where: { planId: id, archivedAt: null }, data: { archivedAt: now } });
    } else {
      const restored = await tx.target.findMany({ where: { planId: id, archivedAt: before.archivedAt }, select: { id: true } });
      await tx.target.updateMany({ where: { planId: id, archivedAt: before.archivedAt }, data: { archivedAt: null } });
      await recomputeEvaluations(tx, { ids: restored.map((t) => t.id) });
    }
    const after = await tx.plan.update({ where: { id }, data: { archivedAt: archived ? now : null }, select: metaSelect });
    await recordAudit(tx, user, { action: archived ? "plan.archive" : "plan.restore", entityType: "Plan", entityId: id, before, after });
    return after;
  });
}

export async function deletePlan(user: SessionUser, id: number) {
  return change(user, "plan.manage", async (tx) => {
    const { sourceText: _text, ...before } = await findPlanForChange(tx, user, id, { allowArchived: true });
    abortIfInUse({ targets: await tx.target.count({ where: { planId: id } }) }, "archive");
    await tx.plan.delete({ where: { id } });
    await recordAudit(tx, user, { action: "plan.delete", entityType: "Plan", entityId: id, before });
    return { id };
  });
}

// ---- Areas (task areas inside a plan) ----

const areaSelect = { id: true, planId: true, name: true, nameEn: true, sortOrder: true } as const;

/** Finds the plan's area of this name or creates it (the import creates areas as needed). */
export async function ensureArea(tx: DbTransaction, user: SessionUser, planId: number, name: string) {
  const existing = await tx.area.findUnique({ where: { planId_name: { planId, name } }, select: areaSelect });
  if (existing) return existing;
  const sortOrder = await tx.area.count({ where: { planId } });
  const created = await tx.area.create({ data: { planId, name, sortOrder }, select: areaSelect });
  await recordAudit(tx, user, { action: "area.create", entityType: "Area", entityId: created.id, after: created });
  return created;
}

export async function createArea(user: SessionUser, planId: number, input: AreaInput) {
  return change(user, "plan.manage", async (tx) => {
    await findPlanForChange(tx, user, planId);
    if (await tx.area.findUnique({ where: { planId_name: { planId, name: input.name } }, select: { id: true } })) abortDuplicate("name");
    const created = await tx.area.create({ data: { ...input, planId }, select: areaSelect });
    await recordAudit(tx, user, { action: "area.create", entityType: "Area", entityId: created.id, after: created });
    return created;
  });
}

async function findArea(tx: DbTransaction, user: SessionUser, id: number) {
  const area = await tx.area.findFirst({ where: { id, plan: { issuingRegion: regionInScope(user) } }, select: areaSelect });
  return area ?? abort("NOT_FOUND");
}

export async function updateArea(user: SessionUser, id: number, input: AreaInput) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findArea(tx, user, id);
    if (input.name !== before.name && (await tx.area.findUnique({ where: { planId_name: { planId: before.planId, name: input.name } }, select: { id: true } }))) {
      abortDuplicate("name");
    }
    const after = await tx.area.update({ where: { id }, data: input, select: areaSelect });
    await recordAudit(tx, user, { action: "area.update", entityType: "Area", entityId: id, before, after });
    return after;
  });
}

export async function deleteArea(user: SessionUser, id: number) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findArea(tx, user, id);
    abortIfInUse({ targets: await tx.target.count({ where: { areaId: id } }) }, "none");
    await tx.area.delete({ where: { id } });
    await recordAudit(tx, user, { action: "area.delete", entityType: "Area", entityId: id, before });
    return { id };
  });
}

// Accepting a cascade: the children's targets are created or updated in one transaction, linked to
// the parent target, audited and version-checked. A child target edited by hand since its cascade
// (or never cascaded) keeps its value unless the row says to overwrite it.
import "server-only";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { isEditedByHand } from "@/lib/domain";
import type { CascadeInput } from "@/lib/validations/cascade";
import { recordAudit } from "../audit";
import { recomputeEvaluations } from "../evaluation/recompute";
import { regionInScope } from "../scope";
import { abort } from "../transaction";
import { change } from "../admin/run";

const parentSelect = {
  id: true,
  planId: true,
  areaId: true,
  indicatorId: true,
  regionId: true,
  comparator: true,
  targetValue: true,
  baselinePeriod: true,
  deadlineYear: true,
  deadlineQuarter: true,
  measure: true,
  isMaintain: true,
  leadDepartmentId: true,
  weight: true,
  sourceSentence: true,
  version: true,
  archivedAt: true,
  supporters: { select: { departmentId: true } },
} as const;

const childSelect = { id: true, regionId: true, targetValue: true, cascadedValue: true, parentTargetId: true, version: true, archivedAt: true } as const;

async function findParent(tx: DbTransaction, user: SessionUser, targetId: number) {
  const parent = await tx.target.findFirst({
    // The target's region decides, as in getCascade: the children are all below it, so in scope.
    where: { id: targetId, region: regionInScope(user), plan: { archivedAt: null } },
    select: parentSelect,
  });
  return parent ?? abort("NOT_FOUND");
}

export interface CascadeOutcome {
  created: number;
  updated: number;
  /** Children whose hand-edited target was left as it was. */
  kept: number;
}

export async function applyCascade(user: SessionUser, targetId: number, input: CascadeInput) {
  return change(user, "plan.manage", async (tx): Promise<CascadeOutcome> => {
    const parent = await findParent(tx, user, targetId);
    if (parent.archivedAt) abort("ARCHIVED");
    if (parent.version !== input.parentVersion) abort("CONFLICT");
    const regions = await tx.region.findMany({ where: { parentId: parent.regionId, active: true, ...regionInScope(user) }, select: { id: true, path: true } });
    const pathOf = new Map(regions.map((r) => [r.id, r.path]));
    const badRows = input.rows.flatMap((row, i) => (pathOf.has(row.regionId) ? [] : [i]));
    if (badRows.length > 0) abort("INVALID", { fieldErrors: Object.fromEntries(badRows.map((i) => [`rows.${i}.regionId`, [{ code: "admin.validation.choice" }]])) });
    const existing = await tx.target.findMany({
      where: { planId: parent.planId, indicatorId: parent.indicatorId, regionId: { in: input.rows.map((r) => r.regionId) } },
      select: childSelect,
    });
    const outcome: CascadeOutcome = { created: 0, updated: 0, kept: 0 };
    const touched: number[] = [];
    const rule = {
      comparator: parent.comparator,
      baselinePeriod: parent.baselinePeriod,
      deadlineYear: parent.deadlineYear,
      deadlineQuarter: parent.deadlineQuarter,
      measure: parent.measure,
      isMaintain: parent.isMaintain,
    };
    for (const [i, row] of input.rows.entries()) {
      const regionPath = pathOf.get(row.regionId) ?? null;
      const before = existing.find((t) => t.regionId === row.regionId);
      if (!before) {
        const created = await tx.target.create({
          data: {
            ...rule,
            planId: parent.planId,
            areaId: parent.areaId,
            indicatorId: parent.indicatorId,
            regionId: row.regionId,
            targetValue: row.value,
            cascadedValue: row.value,
            parentTargetId: parent.id,
            leadDepartmentId: parent.leadDepartmentId,
            weight: parent.weight,
            sourceSentence: parent.sourceSentence,
            supporters: { create: parent.supporters.map((s) => ({ departmentId: s.departmentId })) },
          },
          select: childSelect,
        });
        await recordAudit(tx, user, { action: "target.cascade", entityType: "Target", entityId: created.id, after: created, regionPath });
        outcome.created += 1;
        touched.push(created.id);
        continue;
      }
      if (row.version !== before.version) abort("CONFLICT", { fieldErrors: { [`rows.${i}.value`]: [{ code: "cascade.errors.childChanged" }] } });
      if (isEditedByHand(before) && !row.overwrite && before.archivedAt === null) {
        outcome.kept += 1;
        continue;
      }
      const after = await tx.target.update({
        where: { id: before.id },
        data: { ...rule, targetValue: row.value, cascadedValue: row.value, parentTargetId: parent.id, archivedAt: null, version: { increment: 1 } },
        select: childSelect,
      });
      await recordAudit(tx, user, { action: "target.cascade", entityType: "Target", entityId: before.id, before, after, regionPath });
      outcome.updated += 1;
      touched.push(before.id);
    }
    if (touched.length > 0) await recomputeEvaluations(tx, { ids: touched });
    return outcome;
  });
}

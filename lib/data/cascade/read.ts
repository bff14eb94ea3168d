// Reads for the cascade (分解到下级): a target of a region with children, the children with their
// existing targets in the same plan and their statuses, and where a child's target came from.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isCascadeStale, isEditedByHand, parseYearOrPeriod } from "@/lib/domain";
import { regionInScope } from "../scope";
import { assertCan } from "../admin/run";

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
  version: true,
  archivedAt: true,
  plan: { select: { title: true, issuingRegion: { select: { path: true } } } },
  indicator: { select: { code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true } },
  region: { select: { code: true, name: true, nameEn: true, path: true } },
  evaluations: { where: { provisional: false }, select: { status: true } },
} as const;

const childTargetSelect = {
  id: true,
  regionId: true,
  targetValue: true,
  cascadedValue: true,
  baselineValue: true,
  parentTargetId: true,
  version: true,
  archivedAt: true,
  evaluations: { where: { provisional: false }, select: { status: true } },
} as const;

/** The target (its region in scope), its region's active sub-regions, and their targets of the same plan and indicator. */
export async function getCascade(user: SessionUser, targetId: number) {
  assertCan(user, "plan.manage");
  // The target's region, not the plan's issuer, decides: a city's office cascades the target the
  // province handed it down to its counties, inside the province's plan.
  const parent = await db.target.findFirst({ where: { id: targetId, region: regionInScope(user) }, select: parentSelect });
  if (!parent) return null;
  const regions = await db.region.findMany({
    where: { parentId: parent.regionId, active: true, ...regionInScope(user) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true },
  });
  const regionIds = regions.map((r) => r.id);
  const quarter = parent.baselinePeriod ? parseYearOrPeriod(parent.baselinePeriod) : null;
  const [targets, figures] = await Promise.all([
    db.target.findMany({ where: { planId: parent.planId, indicatorId: parent.indicatorId, regionId: { in: regionIds } }, select: childTargetSelect }),
    quarter
      ? db.figure.findMany({
          where: { indicatorId: parent.indicatorId, regionId: { in: regionIds }, year: quarter.year, quarter: quarter.quarter, status: "APPROVED" },
          select: { regionId: true, value: true },
        })
      : [],
  ]);
  const children = regions.map((region) => {
    const target = targets.find((t) => t.regionId === region.id) ?? null;
    const figure = figures.find((f) => f.regionId === region.id)?.value ?? null;
    return {
      region,
      baseline: target?.baselineValue ?? figure,
      target: target && {
        id: target.id,
        targetValue: target.targetValue,
        cascadedValue: target.cascadedValue,
        version: target.version,
        isArchived: target.archivedAt !== null,
        isLinked: target.parentTargetId === parent.id,
        isEditedByHand: isEditedByHand(target),
        status: target.evaluations[0]?.status ?? null,
      },
    };
  });
  const linked = children.flatMap((c) => (c.target?.isLinked && !c.target.isArchived ? [c.target] : []));
  const { evaluations, plan, ...rest } = parent;
  return {
    parent: { ...rest, status: evaluations[0]?.status ?? null },
    /** Whether the user administers the plan itself (its target page), not only this target's subtree. */
    canEditPlan: plan.issuingRegion.path.startsWith(user.scopePath),
    children,
    coverage: { cascaded: linked.length, of: children.length },
    isStale: isCascadeStale(parent.indicator.kind, parent, linked.map((t) => t.cascadedValue ?? t.targetValue)),
  };
}

export type Cascade = NonNullable<Awaited<ReturnType<typeof getCascade>>>;
export type CascadeChild = Cascade["children"][number];

/**
 * For a region page: its targets that were cascaded from a parent target (which target, of which
 * region), keyed by the child target's id.
 */
export async function listCascadeOrigins(user: SessionUser, targetIds: readonly number[]) {
  if (targetIds.length === 0) return new Map<number, { parentTargetId: number; planId: number; region: { code: string; name: string; nameEn: string | null }; targetValue: number }>();
  const rows = await db.target.findMany({
    where: { id: { in: [...targetIds] }, region: regionInScope(user), parentTargetId: { not: null } },
    select: { id: true, parentTarget: { select: { id: true, planId: true, targetValue: true, region: { select: { code: true, name: true, nameEn: true } } } } },
  });
  return new Map(
    rows.flatMap((r) => (r.parentTarget ? [[r.id, { parentTargetId: r.parentTarget.id, planId: r.parentTarget.planId, region: r.parentTarget.region, targetValue: r.parentTarget.targetValue }] as const] : [])),
  );
}

/**
 * 目标分解覆盖 of a region: of its active sub-regions in scope, how many hold at least one target
 * cascaded from one of this region's targets.
 */
export async function getCascadeCoverage(user: SessionUser, regionId: number) {
  const [children, covered] = await Promise.all([
    db.region.count({ where: { parentId: regionId, active: true, ...regionInScope(user) } }),
    db.region.count({
      where: {
        parentId: regionId,
        active: true,
        ...regionInScope(user),
        targets: { some: { archivedAt: null, parentTarget: { regionId, archivedAt: null } } },
      },
    }),
  ]);
  return { cascaded: covered, of: children };
}

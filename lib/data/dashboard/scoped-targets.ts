// Loads every target in the user's scope (optionally one subtree) with its cached evaluation,
// plus the small look-up tables the dashboards need to label them. One query per table: no N+1.
// As of a quarter other than the current one (reports on past periods), the evaluations are
// computed on the fly in the cache's shape, so every summary below works on either.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TargetStatus } from "@/lib/domain";
import { evaluateTargetsAsOf } from "../evaluation/as-of";
import { currentPeriodIndex } from "../evaluation/current-period";
import { regionInScope } from "../scope";

export interface ScopeOptions {
  /** Count SUBMITTED figures as provisional values besides the APPROVED ones. */
  provisional: boolean;
  /** Restrict to this region's subtree (intersected with the scope). */
  regionPath?: string;
  /** Judge the targets as of this quarter index; the current quarter (the cache) when absent. */
  asOf?: number;
}

export async function loadScopedTargets(user: SessionUser, options: ScopeOptions) {
  // Both conditions hold: a subtree outside the scope yields nothing.
  const regionWhere = { AND: [regionInScope(user), ...(options.regionPath ? [{ path: { startsWith: options.regionPath } }] : [])] };
  const [targets, evaluations, regions, indicators, departments] = await Promise.all([
    db.target.findMany({
      where: { archivedAt: null, region: regionWhere },
      select: {
        id: true,
        planId: true,
        areaId: true,
        indicatorId: true,
        regionId: true,
        comparator: true,
        targetValue: true,
        baselineValue: true,
        deadlineYear: true,
        deadlineQuarter: true,
        measure: true,
        isMaintain: true,
        weight: true,
        leadDepartmentId: true,
        sourceSentence: true,
      },
    }),
    // A flat query joined in memory: a nested select would reload the evaluations in chunks of ids.
    db.targetEvaluation.findMany({
      where: { provisional: options.provisional, target: { archivedAt: null, region: regionWhere } },
      select: {
        targetId: true,
        status: true,
        latestYear: true,
        latestQuarter: true,
        latestValue: true,
        progress: true,
        expected: true,
        forecast: true,
        anticipated: true,
        smallSample: true,
        coverageReporting: true,
        coverageExpected: true,
        recentValues: true,
        asOfYear: true,
        asOfQuarter: true,
      },
    }),
    db.region.findMany({
      where: regionInScope(user),
      select: { id: true, code: true, name: true, nameEn: true, level: true, parentId: true, path: true, sortOrder: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    db.indicator.findMany({
      select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, direction: true, decimals: true },
      orderBy: { code: "asc" },
    }),
    db.department.findMany({ select: { id: true, code: true, name: true, shortName: true, nameEn: true } }),
  ]);
  const evaluationOf = new Map(evaluations.map((e) => [e.targetId, e]));
  const planIds = [...new Set(targets.map((t) => t.planId))];
  const [plans, areas, computed] = await Promise.all([
    db.plan.findMany({ where: { id: { in: planIds } }, select: { id: true, title: true, docNumber: true, isDemo: true } }),
    db.area.findMany({ where: { planId: { in: planIds } }, select: { id: true, name: true, nameEn: true, sortOrder: true, planId: true } }),
    evaluationsAsOf(targets.map((t) => t.id), options),
  ]);
  return {
    targets: targets.map((t) => {
      const evaluation = computed ? (computed.get(t.id) ?? null) : (evaluationOf.get(t.id) ?? null);
      return { ...t, status: (evaluation?.status ?? "NO_DATA") as TargetStatus, evaluation };
    }),
    regions: new Map(regions.map((r) => [r.id, r])),
    indicators: new Map(indicators.map((i) => [i.id, i])),
    departments: new Map(departments.map((d) => [d.id, d])),
    plans: new Map(plans.map((p) => [p.id, p])),
    areas: new Map(areas.map((a) => [a.id, a])),
  };
}

/** Evaluations computed as of `options.asOf`, or null when the cached ones (current quarter) apply. */
async function evaluationsAsOf(targetIds: number[], options: ScopeOptions) {
  if (options.asOf === undefined || options.asOf === (await currentPeriodIndex(db))) return null;
  return evaluateTargetsAsOf(db, targetIds, options.asOf, { provisional: options.provisional });
}

export type ScopedTargets = Awaited<ReturnType<typeof loadScopedTargets>>;
export type ScopedTarget = ScopedTargets["targets"][number];

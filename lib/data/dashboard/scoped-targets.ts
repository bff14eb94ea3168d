// Loads the targets in the user's scope (all of them, or those of some subtree, regions or ids) with
// their cached evaluations, plus the small look-up tables the dashboards need to label them. One
// query per table (per few hundred ids when restricted to lists of ids): no N+1.
// As of a quarter other than the current one (reports on past periods), the evaluations come from
// the past-quarter cache (computed on a miss) in the same shape, so every summary below works on either.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { TargetStatus } from "@/lib/domain";
import { evaluationColumnsSelect } from "../evaluation/as-of";
import { pastEvaluations } from "../evaluation/past-cache";
import { currentPeriodIndex } from "../evaluation/current-period";
import { regionInScope } from "../scope";
import { idChunks } from "../id-lists";
import { targetSelect } from "../target-fields";

export interface ScopeOptions {
  /** Count SUBMITTED figures as provisional values besides the APPROVED ones. */
  provisional: boolean;
  /**
   * Restrict to the targets matching any of these (always intersected with the scope): a region's
   * subtree, some regions' own targets, some targets. Absent: every target in scope.
   */
  only?: TargetSelection;
  /** Judge the targets as of this quarter index; the current quarter (the cache) when absent. */
  asOf?: number;
}

export interface TargetSelection {
  subtreePath?: string;
  regionIds?: readonly number[];
  targetIds?: readonly number[];
}

/** One `where` per statement that together load the selection: each can use its own index (an OR of them could not). */
function selectionFilters(selection: TargetSelection): Prisma.TargetWhereInput[] {
  return [
    ...(selection.subtreePath ? [{ region: { path: { startsWith: selection.subtreePath } } }] : []),
    ...idChunks(selection.regionIds).map((ids) => ({ regionId: { in: ids } })),
    ...idChunks(selection.targetIds).map((ids) => ({ id: { in: ids } })),
  ];
}

export async function loadScopedTargets(user: SessionUser, options: ScopeOptions) {
  const inScope: Prisma.TargetWhereInput = { archivedAt: null, region: regionInScope(user) };
  const [targetChunks, scopeEvaluations, regions, indicators, departments] = await Promise.all([
    // Each selection holds together with the scope: a subtree outside the scope yields nothing.
    options.only ? Promise.all(selectionFilters(options.only).map((selection) => loadTargets({ AND: [inScope, selection] }))) : loadTargets(inScope).then((all) => [all]),
    // The whole scope's evaluations in one statement; a selection's below, by their targets' ids (primary key).
    options.only ? null : loadEvaluations({ provisional: options.provisional, target: inScope }),
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
  // In id order, as the summaries' stable sorts expect; a target matched by two selections once.
  const targets = [...new Map(targetChunks.flat().map((t) => [t.id, t])).values()].sort((a, b) => a.id - b.id);
  const evaluations =
    scopeEvaluations ?? (await Promise.all(idChunks(targets.map((t) => t.id)).map((ids) => loadEvaluations({ provisional: options.provisional, targetId: { in: ids } })))).flat();
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

function loadTargets(where: Prisma.TargetWhereInput) {
  return db.target.findMany({
    where,
    orderBy: { id: "asc" },
    select: targetSelect,
  });
}

// A flat query joined in memory: a nested select would reload the evaluations in chunks of ids.
function loadEvaluations(where: Prisma.TargetEvaluationWhereInput) {
  return db.targetEvaluation.findMany({
    where,
    select: evaluationColumnsSelect,
  });
}

/** Evaluations as of `options.asOf` (stored, or computed and stored), or null when the current ones apply. */
async function evaluationsAsOf(targetIds: number[], options: ScopeOptions) {
  if (options.asOf === undefined || options.asOf === (await currentPeriodIndex(db))) return null;
  return pastEvaluations(db, targetIds, options.asOf, { provisional: options.provisional });
}

export type ScopedTargets = Awaited<ReturnType<typeof loadScopedTargets>>;
export type ScopedTarget = ScopedTargets["targets"][number];

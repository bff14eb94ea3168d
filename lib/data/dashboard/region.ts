// The region page and the scorecard API: a region's own targets, its score and rank among its
// siblings (those in the user's scope), and the comparison of its sub-regions. The summary report
// builds on the same context and shaping, judged as of its own quarter.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { compareStatus, periodFromIndex } from "@/lib/domain";
import { currentPeriodIndex } from "../evaluation/current-period";
import { findRegionInScope } from "../regions";
import { loadScopedTargets, type ScopedTargets, type ScopeOptions } from "./scoped-targets";
import { listTargetStatuses } from "./grouped";
import { scoreRegions, type ScoringData } from "@/lib/domain/target-summaries";
import { toTargetRow } from "./target-rows";

type ScopedRegion = NonNullable<Awaited<ReturnType<typeof findRegionInScope>>>;

/** In-scope regions ranked with this one (its active siblings), and its sub-regions in scope. */
async function neighbourIds(user: SessionUser, region: { id: number; parentId: number | null }) {
  const isRoot = region.parentId === null || region.id === user.scopeRegionId;
  const regions = await db.region.findMany({
    where: { parentId: isRoot ? region.id : { in: [region.parentId ?? region.id, region.id] }, path: { startsWith: user.scopePath } },
    select: { id: true, parentId: true, active: true },
  });
  return {
    siblingIds: isRoot ? [region.id] : regions.filter((r) => r.parentId === region.parentId && r.active).map((r) => r.id),
    childIds: regions.filter((r) => r.parentId === region.id).map((r) => r.id),
  };
}

/** Official or provisional figures, judged as of the current quarter unless `asOf` names another. */
export type RegionOptions = Pick<ScopeOptions, "provisional" | "asOf">;

/**
 * Which targets besides the own ones of the region and its siblings (its rank) to load: none (the
 * scorecard), its sub-regions' own (the region page) or its whole subtree (the summary report).
 */
export type RegionDepth = "siblings" | "children" | "subtree";

/**
 * One load for everything about a region at the given depth: its own targets (or its subtree's) in
 * full, and what scoring needs of the others. Judged at the current quarter that is their cached
 * status alone; as of another quarter the statuses are computed, from the full targets.
 */
export async function loadRegionContext(user: SessionUser, region: ScopedRegion, options: RegionOptions, depth: RegionDepth) {
  const { siblingIds, childIds } = await neighbourIds(user, region);
  const scoredIds = [region.id, ...siblingIds, ...(depth === "children" ? childIds : [])];
  const subtree = depth === "subtree" ? { subtreePath: region.path } : {};
  if (options.asOf !== undefined) {
    const data = await loadScopedTargets(user, { ...options, only: { regionIds: scoredIds, ...subtree } });
    const scoring: ScoringData = data;
    return { region, siblingIds, depth, data, scoring };
  }
  const [data, statuses] = await Promise.all([
    loadScopedTargets(user, { ...options, only: { regionIds: [region.id], ...subtree } }),
    listTargetStatuses(user, options.provisional, scoredIds),
  ]);
  const scoring: ScoringData = { targets: statuses, regions: data.regions, indicators: data.indicators };
  return { region, siblingIds, depth, data, scoring };
}

export type RegionContext = Awaited<ReturnType<typeof loadRegionContext>>;

/** Score, rank among the siblings, card and status counts of the region itself. */
export function regionScoreFrom(context: RegionContext) {
  return scoreRegions(context.scoring, context.siblingIds).find((s) => s.regionId === context.region.id) ?? null;
}

/** The region's own targets (by area, most behind first) and its sub-regions ranked by score. */
export function regionDashboardFrom(context: RegionContext) {
  const { data, region } = context;
  const children = [...data.regions.values()].filter((r) => r.parentId === region.id);
  const ownTargets = data.targets
    .filter((t) => t.regionId === region.id)
    .sort((a, b) => (data.areas.get(a.areaId ?? -1)?.sortOrder ?? 0) - (data.areas.get(b.areaId ?? -1)?.sortOrder ?? 0) || compareStatus(a.status, b.status));
  return {
    scorecard: regionScoreFrom(context),
    targets: ownTargets.map((t) => toTargetRow(data, t)),
    children: scoreRegions(context.scoring, children.map((c) => c.id))
      .map((s) => {
        const child = data.regions.get(s.regionId);
        return { ...s, name: child?.name ?? s.code, nameEn: child?.nameEn ?? null };
      })
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER)),
  };
}

/** The context's targets restricted to the region and everything below it (a context loaded with depth "subtree"). */
export function subtreeOf(context: RegionContext): ScopedTargets {
  const { data, region } = context;
  if (context.depth !== "subtree") throw new Error("subtreeOf needs a region context loaded with its subtree");
  return { ...data, targets: data.targets.filter((t) => data.regions.get(t.regionId)?.path.startsWith(region.path)) };
}

/** Score, rank among in-scope siblings, card and status counts of one region; null when out of scope. */
export async function getRegionScorecard(user: SessionUser, code: string, options: RegionOptions) {
  const region = await findRegionInScope(user, code);
  if (!region) return null;
  const score = regionScoreFrom(await loadRegionContext(user, region, options, "siblings"));
  return score ? { region, score } : null;
}

export async function getRegionDashboard(user: SessionUser, code: string, options: RegionOptions) {
  const region = await findRegionInScope(user, code);
  if (!region) return null;
  const [context, asOf, parent] = await Promise.all([
    loadRegionContext(user, region, options, "children"),
    options.asOf ?? currentPeriodIndex(db),
    region.parentId === null ? null : findParentInScope(user, region.parentId),
  ]);
  return { region, parent, period: periodFromIndex(asOf), ...regionDashboardFrom(context) };
}

async function findParentInScope(user: SessionUser, parentId: number) {
  return db.region.findFirst({ where: { id: parentId, path: { startsWith: user.scopePath } }, select: { code: true, name: true, nameEn: true } });
}

export type RegionDashboard = NonNullable<Awaited<ReturnType<typeof getRegionDashboard>>>;

/** The region's own targets as rows; null when the region is out of scope. */
export async function listRegionTargets(user: SessionUser, code: string, options: { provisional: boolean }) {
  const region = await findRegionInScope(user, code);
  if (!region) return null;
  const data = await loadScopedTargets(user, { ...options, only: { regionIds: [region.id] } });
  return data.targets.map((t) => toTargetRow(data, t));
}

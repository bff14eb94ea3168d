// The region page and the scorecard API: a region's own targets, its score and rank among its
// siblings (those in the user's scope), and the comparison of its sub-regions.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { compareStatus, periodFromIndex } from "@/lib/domain";
import { currentPeriodIndex } from "../evaluation/current-period";
import { findRegionInScope } from "../regions";
import { loadScopedTargets } from "./scoped-targets";
import { scoreRegions } from "./summaries";
import { toTargetRow } from "./target-rows";

async function siblingIds(user: SessionUser, region: { id: number; parentId: number | null }) {
  if (region.parentId === null || region.id === user.scopeRegionId) return [region.id];
  const siblings = await db.region.findMany({
    where: { parentId: region.parentId, active: true, path: { startsWith: user.scopePath } },
    select: { id: true },
  });
  return siblings.map((s) => s.id);
}

/** Score, rank among in-scope siblings, card and status counts of one region; null when out of scope. */
export async function getRegionScorecard(user: SessionUser, code: string, options: { provisional: boolean }) {
  const region = await findRegionInScope(user, code);
  if (!region) return null;
  const ids = await siblingIds(user, region);
  const parent = region.parentId === null || ids.length === 1 ? null : await db.region.findUnique({ where: { id: region.parentId }, select: { path: true } });
  const data = await loadScopedTargets(user, { ...options, regionPath: parent?.path ?? region.path });
  const score = scoreRegions(data, ids).find((s) => s.regionId === region.id);
  if (!score) return null;
  return { region, score };
}

export async function getRegionDashboard(user: SessionUser, code: string, options: { provisional: boolean }) {
  const region = await findRegionInScope(user, code);
  if (!region) return null;
  const [data, scorecard, asOf, parent] = await Promise.all([
    loadScopedTargets(user, { ...options, regionPath: region.path }),
    getRegionScorecard(user, code, options),
    currentPeriodIndex(db),
    region.parentId === null ? null : findParentInScope(user, region.parentId),
  ]);
  const children = [...data.regions.values()].filter((r) => r.parentId === region.id);
  const childScores = scoreRegions(data, children.map((c) => c.id));
  const ownTargets = data.targets
    .filter((t) => t.regionId === region.id)
    .sort((a, b) => (data.areas.get(a.areaId ?? -1)?.sortOrder ?? 0) - (data.areas.get(b.areaId ?? -1)?.sortOrder ?? 0) || compareStatus(a.status, b.status));
  return {
    region,
    parent,
    period: periodFromIndex(asOf),
    scorecard: scorecard?.score ?? null,
    targets: ownTargets.map((t) => toTargetRow(data, t)),
    children: childScores
      .map((s) => {
        const child = data.regions.get(s.regionId);
        return { ...s, name: child?.name ?? s.code, nameEn: child?.nameEn ?? null };
      })
      .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER)),
  };
}

async function findParentInScope(user: SessionUser, parentId: number) {
  return db.region.findFirst({ where: { id: parentId, path: { startsWith: user.scopePath } }, select: { code: true, name: true, nameEn: true } });
}

export type RegionDashboard = NonNullable<Awaited<ReturnType<typeof getRegionDashboard>>>;

/** The region's own targets as rows; null when the region is out of scope. */
export async function listRegionTargets(user: SessionUser, code: string, options: { provisional: boolean }) {
  const region = await findRegionInScope(user, code);
  if (!region) return null;
  const data = await loadScopedTargets(user, { ...options, regionPath: region.path });
  return data.targets.filter((t) => t.regionId === region.id).map((t) => toTargetRow(data, t));
}

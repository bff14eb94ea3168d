// The overview of the user's scope: status counts, status by area, the region × indicator matrix,
// the most-behind targets, red/yellow cards and the current quarter's reporting completeness.
// Counts over the whole scope come from grouped queries, the matrix and the cards from the cached
// statuses of the rows' (the scope's sub-regions') own targets; only the ten most behind are
// loaded in full.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { countByStatus, countStatusesPerArea, periodFromIndex, type TargetStatus } from "@/lib/domain";
import { currentPeriodIndex } from "../evaluation/current-period";
import { getDepartmentCompleteness } from "../completeness";
import { regionInScope } from "../scope";
import { countStatusesByArea, listMostBehindIds, listTargetStatuses, type AreaStatusCount } from "./grouped";
import { loadScopedTargets } from "./scoped-targets";
import { mostBehind, scoreRegions, worstStatus, type ScoringData } from "@/lib/domain/target-summaries";
import { toTargetRow } from "./target-rows";

const MOST_BEHIND = 10;

export async function getOverview(user: SessionUser, options: { provisional: boolean }) {
  const [asOf, children, areaCounts, behindIds] = await Promise.all([
    currentPeriodIndex(db),
    db.region.findMany({ where: { parentId: user.scopeRegionId, ...regionInScope(user) }, select: { id: true } }),
    countStatusesByArea(user, options.provisional),
    listMostBehindIds(user, options.provisional, MOST_BEHIND),
  ]);
  const period = periodFromIndex(asOf);
  const rowIds = new Set(children.length > 0 ? children.map((c) => c.id) : [user.scopeRegionId]);
  const [data, rowTargets, areas, completeness] = await Promise.all([
    loadScopedTargets(user, { ...options, only: { targetIds: behindIds } }),
    listTargetStatuses(user, options.provisional, [...rowIds]),
    db.area.findMany({ where: { id: { in: [...new Set(areaCounts.flatMap((c) => (c.areaId === null ? [] : [c.areaId])))] } }, select: { id: true, name: true, nameEn: true, sortOrder: true } }),
    getDepartmentCompleteness(user, period),
  ]);
  const scope = data.regions.get(user.scopeRegionId);
  if (!scope) throw new Error("the scope region is missing");
  const rowRegions = [...data.regions.values()].filter((r) => rowIds.has(r.id));
  const areaOf = new Map(areas.map((a) => [a.id, a]));

  const cells = new Map<string, TargetStatus[]>();
  for (const t of rowTargets) {
    const key = `${t.regionId}:${t.indicatorId}`;
    cells.set(key, [...(cells.get(key) ?? []), t.status]);
  }
  const matrixIndicatorIds = new Set([...cells.keys()].map((k) => Number(k.split(":")[1])));
  const columns = [...data.indicators.values()].filter((i) => matrixIndicatorIds.has(i.id));
  const scoring: ScoringData = { targets: rowTargets, regions: data.regions, indicators: data.indicators };
  const scores = new Map(scoreRegions(scoring, rowRegions.map((r) => r.id)).map((s) => [s.regionId, s]));

  return {
    period,
    scope: { code: scope.code, name: scope.name, nameEn: scope.nameEn, level: scope.level },
    counts: sumCounts(areaCounts),
    total: areaCounts.reduce((sum, c) => sum + c.targets, 0),
    areas: countStatusesPerArea(areaCounts.map((g) => ({ area: (g.areaId === null ? undefined : areaOf.get(g.areaId)) ?? null, status: g.status, targets: g.targets }))),
    matrix: {
      columns: columns.map((i) => ({ code: i.code, name: i.name, nameEn: i.nameEn, unit: i.unit })),
      rows: rowRegions.map((r) => ({
        code: r.code,
        name: r.name,
        nameEn: r.nameEn,
        score: scores.get(r.id) ?? null,
        cells: columns.map((i) => {
          const statuses = cells.get(`${r.id}:${i.id}`);
          return statuses ? worstStatus(statuses) : null;
        }),
      })),
    },
    mostBehind: mostBehind(data.targets, MOST_BEHIND).map((t) => toTargetRow(data, t)),
    cards: rowRegions.flatMap((r) => {
      const card = scores.get(r.id)?.card;
      return card ? [{ region: { code: r.code, name: r.name, nameEn: r.nameEn }, ...card }] : [];
    }),
    completeness,
  };
}

function sumCounts(groups: readonly AreaStatusCount[]): Record<TargetStatus, number> {
  const counts = countByStatus([]);
  for (const g of groups) counts[g.status] += g.targets;
  return counts;
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;

// The overview of the user's scope: status counts, status by area, the region × indicator matrix,
// the most-behind targets, red/yellow cards and the current quarter's reporting completeness.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { countByStatus, periodFromIndex, type TargetStatus } from "@/lib/domain";
import { currentPeriodIndex } from "../evaluation/current-period";
import { getCompleteness } from "./completeness";
import { loadScopedTargets } from "./scoped-targets";
import { mostBehind, scoreRegions, worstStatus } from "./summaries";
import { toTargetRow } from "./target-rows";

export async function getOverview(user: SessionUser, options: { provisional: boolean }) {
  const [data, asOf] = await Promise.all([loadScopedTargets(user, options), currentPeriodIndex(db)]);
  const period = periodFromIndex(asOf);
  const completeness = await getCompleteness(user, period);
  const scope = data.regions.get(user.scopeRegionId);
  if (!scope) throw new Error("the scope region is missing");
  const children = [...data.regions.values()].filter((r) => r.parentId === scope.id);
  const rowRegions = children.length > 0 ? children : [scope];
  const rowIds = new Set(rowRegions.map((r) => r.id));

  const cells = new Map<string, TargetStatus[]>();
  const byArea = new Map<string, { name: string; nameEn: string | null; statuses: TargetStatus[] }>();
  for (const t of data.targets) {
    const area = t.areaId === null ? undefined : data.areas.get(t.areaId);
    const areaKey = area?.name ?? "—";
    const entry = byArea.get(areaKey) ?? { name: areaKey, nameEn: area?.nameEn ?? null, statuses: [] };
    entry.statuses.push(t.status);
    byArea.set(areaKey, entry);
    if (!rowIds.has(t.regionId)) continue;
    const key = `${t.regionId}:${t.indicatorId}`;
    cells.set(key, [...(cells.get(key) ?? []), t.status]);
  }
  const matrixIndicatorIds = new Set([...cells.keys()].map((k) => Number(k.split(":")[1])));
  const columns = [...data.indicators.values()].filter((i) => matrixIndicatorIds.has(i.id));
  const scores = new Map(scoreRegions(data, rowRegions.map((r) => r.id)).map((s) => [s.regionId, s]));

  return {
    period,
    scope: { code: scope.code, name: scope.name, nameEn: scope.nameEn, level: scope.level },
    counts: countByStatus(data.targets.map((t) => t.status)),
    total: data.targets.length,
    areas: [...byArea.values()].map((a) => ({ name: a.name, nameEn: a.nameEn, counts: countByStatus(a.statuses) })),
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
    mostBehind: mostBehind(data.targets, 10).map((t) => toTargetRow(data, t)),
    cards: rowRegions.flatMap((r) => {
      const card = scores.get(r.id)?.card;
      return card ? [{ region: { code: r.code, name: r.name, nameEn: r.nameEn }, ...card }] : [];
    }),
    completeness,
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;

// Which figures of a quarter need an explanation: their region's target judged with the figure as
// entered (off track?) and the move from last quarter's figure (a jump?). Used by the entry grid,
// by saving (as a warning) and by submission (as a rule).
import "server-only";
import type { DbWriter } from "@/lib/db-client";
import {
  DEFAULT_ENTRY_CHECKS,
  DEFAULT_SETTINGS,
  evaluateTarget,
  explanationReasons,
  figureNumber,
  type EntryCheckSettings,
  type ExplanationReason,
  type FigureValues,
  type IndicatorKind,
  type TargetStatus,
} from "@/lib/domain";
import type { Prisma } from "@/generated/prisma/client";
import { topmostPaths } from "./evaluation/as-of";
import { SeriesBook } from "./evaluation/series";
import { figureRowSelect, type FigureRow } from "./figure-fields";
import { inSubtrees, loadByIdChunks, subtreesWhere } from "./id-lists";
import { targetSpecSelect, toTargetSpec } from "./evaluation/spec";

export interface CheckRow {
  indicatorId: number;
  regionId: number;
  values: FigureValues;
}

export interface CheckResult {
  reasons: ExplanationReason[];
  /** The region's target status with this figure (null: no target, or no value yet). */
  targetStatus: TargetStatus | null;
  /** Last quarter's submitted or approved number (a RATE's rate), or null. */
  previous: number | null;
}

const COUNTED = ["APPROVED", "SUBMITTED"] as const;

export const ENTRY_CHECK_KEYS: Record<keyof EntryCheckSettings, string> = {
  jumpShare: "entry.jump_share",
  rateJumpPoints: "entry.rate_jump_points",
  minCountJump: "entry.min_count_jump",
};

/** The jump thresholds: installation settings where set, else the defaults. */
export async function loadEntryCheckSettings(db: DbWriter): Promise<EntryCheckSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.values(ENTRY_CHECK_KEYS) } } });
  const settings = { ...DEFAULT_ENTRY_CHECKS };
  for (const [name, key] of Object.entries(ENTRY_CHECK_KEYS) as [keyof EntryCheckSettings, string][]) {
    const value = Number(rows.find((r) => r.key === key)?.value);
    if (rows.some((r) => r.key === key) && Number.isFinite(value) && value >= 0) settings[name] = value;
  }
  return settings;
}

export const checkKey = (indicatorId: number, regionId: number) => `${indicatorId}:${regionId}`;

/**
 * Checks figures of one quarter. Every row's own figure for that quarter is replaced by the values
 * given, so a draft is judged as if it were submitted.
 */
export async function checkFigures(
  db: DbWriter,
  period: { year: number; quarter: number },
  rows: readonly CheckRow[],
  kinds: ReadonlyMap<number, IndicatorKind>,
  decimals: ReadonlyMap<number, number>,
): Promise<Map<string, CheckResult>> {
  const result = new Map<string, CheckResult>();
  if (rows.length === 0) return result;
  const p = period.year * 4 + period.quarter - 1;
  const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
  const regionIds = [...new Set(rows.map((r) => r.regionId))];
  const [targets, settings] = await Promise.all([
    // Each chunk holds whole (indicator, region) pairs, so each pair's targets keep the deadline order.
    loadByIdChunks(regionIds, (ids) =>
      db.target.findMany({
        where: { archivedAt: null, indicatorId: { in: indicatorIds }, regionId: { in: ids } },
        orderBy: [{ deadlineYear: "asc" }, { id: "asc" }],
        select: { ...targetSpecSelect, id: true, indicatorId: true, regionId: true, region: { select: { path: true } } },
      }),
    ),
    loadEntryCheckSettings(db),
  ]);
  // The targets' subtrees (their roll-ups) and the rows' own regions.
  const targetPaths = topmostPaths(targets.map((t) => t.region.path));
  const [subtreeRegions, rowRegions] = await Promise.all([
    targetPaths.length ? db.region.findMany({ where: subtreesWhere(targetPaths), select: { id: true, parentId: true } }) : [],
    loadByIdChunks(regionIds, (ids) => db.region.findMany({ where: { id: { in: ids } }, select: { id: true, parentId: true } })),
  ]);
  const regions = [...new Map([...subtreeRegions, ...rowRegions].map((r) => [r.id, r])).values()];
  const loadFigures = (where: Prisma.FigureWhereInput): Promise<FigureRow[]> =>
    db.figure.findMany({
      where: {
        ...where,
        indicatorId: { in: indicatorIds },
        status: { in: [...COUNTED] },
        OR: [{ year: { lt: period.year } }, { year: period.year, quarter: { lte: period.quarter } }],
      },
      select: figureRowSelect,
    });
  // Figures of the targets' subtrees by a subquery on the regions; of the other rows' regions by their ids.
  const inSubtree = new Set(subtreeRegions.map((r) => r.id));
  const stored = [
    ...(targetPaths.length ? await loadFigures(inSubtrees(targetPaths)) : []),
    ...(await loadByIdChunks(
      regionIds.filter((id) => !inSubtree.has(id)),
      (ids) => loadFigures({ regionId: { in: ids } }),
    )),
  ];
  const replaced = new Set(rows.map((r) => checkKey(r.indicatorId, r.regionId)));
  const figures: FigureRow[] = stored.filter((f) => !(f.year * 4 + f.quarter - 1 === p && replaced.has(checkKey(f.indicatorId, f.regionId))));
  for (const r of rows) figures.push({ indicatorId: r.indicatorId, regionId: r.regionId, year: period.year, quarter: period.quarter, ...r.values });

  const book = new SeriesBook(figures, regions, kinds);
  const previous = new Map<string, number | null>();
  for (const f of stored) {
    if (f.year * 4 + f.quarter - 1 !== p - 1) continue;
    const kind = kinds.get(f.indicatorId);
    if (kind) previous.set(checkKey(f.indicatorId, f.regionId), figureNumber(kind, f));
  }
  // The target that decides: the latest deadline among the row's targets (plans superseding older ones).
  const targetOf = new Map(targets.map((t) => [checkKey(t.indicatorId, t.regionId), t]));

  for (const row of rows) {
    const key = checkKey(row.indicatorId, row.regionId);
    const kind = kinds.get(row.indicatorId);
    if (!kind) continue;
    const value = figureNumber(kind, row.values);
    const target = targetOf.get(key);
    const targetStatus =
      target && value !== null
        ? evaluateTarget(toTargetSpec(target), book.observations(row.indicatorId, row.regionId), p, DEFAULT_SETTINGS).status
        : null;
    const prev = previous.get(key) ?? null;
    const reasons = explanationReasons({ kind, decimals: decimals.get(row.indicatorId) ?? 0, value, previous: prev, targetStatus }, settings);
    result.set(key, { reasons, targetStatus, previous: prev });
  }
  return result;
}

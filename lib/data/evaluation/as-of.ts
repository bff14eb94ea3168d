// Target evaluations as of any quarter. The evaluation cache (recompute.ts) stores the columns of
// evaluationColumns for the current quarter; reports on past quarters and "change since the previous
// period" compute them here on the fly. Same figures, same roll-up (SeriesBook), same function, so a
// dashboard row and a report row of the same quarter cannot differ (an integration test compares
// this with the cache at the current quarter, target by target).
import type { DbWriter } from "@/lib/db-client";
import { DEFAULT_SETTINGS, evaluateTarget, measuredSeries, periodFromIndex, type DomainSettings, type TargetStatus } from "@/lib/domain";
import { inSubtrees, loadByIdChunks, subtreesWhere } from "../id-lists";
import { figureRowSelect } from "../figure-fields";
import { SeriesBook } from "./series";
import { targetSpecSelect, toTargetSpec, type StoredTargetSpec } from "./spec";

const RECENT_POINTS = 8;

/** The columns of a cached TargetEvaluation that the dashboards read. */
export interface EvaluationColumns {
  status: TargetStatus;
  latestYear: number | null;
  latestQuarter: number | null;
  latestValue: number | null;
  progress: number | null;
  expected: number | null;
  forecast: number | null;
  anticipated: number | null;
  smallSample: boolean;
  coverageReporting: number | null;
  coverageExpected: number | null;
  recentValues: string;
  asOfYear: number;
  asOfQuarter: number;
}

/** Prisma select of the EvaluationColumns and the target id, on TargetEvaluation and PastEvaluation alike. */
export const evaluationColumnsSelect = {
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
} as const;

/** One target's evaluation as of a quarter, from a series book holding its region's subtree. */
export function evaluationColumns(
  t: StoredTargetSpec & { indicatorId: number; regionId: number },
  book: SeriesBook,
  asOf: number,
  settings: DomainSettings = DEFAULT_SETTINGS,
): EvaluationColumns {
  const spec = toTargetSpec(t);
  const observations = book.observations(t.indicatorId, t.regionId);
  const evaluation = evaluateTarget(spec, observations, asOf, settings);
  const recent = measuredSeries(spec.kind, spec.measure, observations.filter((o) => o.periodIndex <= asOf), {
    startIndex: spec.planStartIndex ?? spec.startIndex,
    baselineValue: spec.baselineValue,
  }).slice(-RECENT_POINTS);
  const latest = evaluation.latest ? periodFromIndex(evaluation.latest.periodIndex) : null;
  const coverage = evaluation.latest ? book.rollUps(t.indicatorId, t.regionId).get(evaluation.latest.periodIndex)?.coverage : undefined;
  const asOfPeriod = periodFromIndex(asOf);
  return {
    status: evaluation.status,
    latestYear: latest?.year ?? null,
    latestQuarter: latest?.quarter ?? null,
    latestValue: evaluation.latest?.value ?? null,
    progress: evaluation.progress,
    expected: evaluation.expected,
    forecast: evaluation.forecast,
    anticipated: evaluation.anticipatedProgress,
    smallSample: evaluation.smallSample,
    coverageReporting: coverage && coverage.expected > 0 ? coverage.reporting : null,
    coverageExpected: coverage && coverage.expected > 0 ? coverage.expected : null,
    recentValues: JSON.stringify(recent.map((p) => [p.periodIndex, Number(p.value.toFixed(4))])),
    asOfYear: asOfPeriod.year,
    asOfQuarter: asOfPeriod.quarter,
  };
}

/** Keeps only the paths not already covered by a shorter one, so subtree queries do not overlap. */
export function topmostPaths(paths: Iterable<string>): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

/** Evaluations of these targets as of the quarter `asOf` (official figures, or also submitted ones). */
export async function evaluateTargetsAsOf(
  db: DbWriter,
  targetIds: readonly number[],
  asOf: number,
  options: { provisional: boolean; settings?: DomainSettings },
): Promise<Map<number, EvaluationColumns>> {
  if (targetIds.length === 0) return new Map();
  const targets = await loadByIdChunks(targetIds, (ids) =>
    db.target.findMany({
      where: { id: { in: ids } },
      select: { ...targetSpecSelect, id: true, indicatorId: true, regionId: true, region: { select: { path: true } } },
    }),
  );
  const prefixes = topmostPaths(targets.map((t) => t.region.path));
  const regions = await db.region.findMany({ where: subtreesWhere(prefixes), select: { id: true, parentId: true } });
  const figures = await db.figure.findMany({
    where: {
      indicatorId: { in: [...new Set(targets.map((t) => t.indicatorId))] },
      status: { in: options.provisional ? ["APPROVED", "SUBMITTED"] : ["APPROVED"] },
      // Later quarters cannot change an evaluation as of `asOf`; leave them out of the book.
      year: { lte: periodFromIndex(asOf).year },
      ...inSubtrees(prefixes),
    },
    select: figureRowSelect,
  });
  const book = new SeriesBook(figures, regions, new Map(targets.map((t) => [t.indicatorId, t.indicator.kind])));
  return new Map(targets.map((t) => [t.id, evaluationColumns(t, book, asOf, options.settings)]));
}

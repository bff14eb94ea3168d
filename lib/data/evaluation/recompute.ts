// Recomputes the cached evaluation of targets (official and provisional) from their figures.
// Called after seeding, and by every write that changes figures, targets or periods.
// It takes the client as an argument so that scripts and transactions can use it too.
import type { DbWriter } from "@/lib/db-client";
import { DEFAULT_SETTINGS, evaluateTarget, measuredSeries, periodFromIndex, type DomainSettings } from "@/lib/domain";
import { currentPeriodIndex } from "./current-period";
import { SeriesBook, type FigureRow } from "./series";
import { targetSpecSelect, toTargetSpec } from "./spec";

const RECENT_POINTS = 8;

type TargetFilter = { ids?: number[]; indicatorIds?: number[]; regionIds?: number[] };

const targetSelect = {
  ...targetSpecSelect,
  id: true,
  indicatorId: true,
  regionId: true,
  region: { select: { path: true } },
} as const;

/** Keeps only the paths not already covered by a shorter one, so subtree queries do not overlap. */
function topmostPaths(paths: Iterable<string>): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
}

export async function recomputeEvaluations(
  db: DbWriter,
  filter: TargetFilter = {},
  settings: DomainSettings = DEFAULT_SETTINGS,
): Promise<number> {
  const targets = await db.target.findMany({
    where: {
      archivedAt: null,
      ...(filter.ids && { id: { in: filter.ids } }),
      ...(filter.indicatorIds && { indicatorId: { in: filter.indicatorIds } }),
      ...(filter.regionIds && { regionId: { in: filter.regionIds } }),
    },
    select: targetSelect,
  });
  if (targets.length === 0) return 0;

  const asOf = await currentPeriodIndex(db);
  const prefixes = topmostPaths(targets.map((t) => t.region.path));
  const regions = await db.region.findMany({
    where: { OR: prefixes.map((p) => ({ path: { startsWith: p } })) },
    select: { id: true, parentId: true },
  });
  const indicatorIds = [...new Set(targets.map((t) => t.indicatorId))];
  const figures: (FigureRow & { status: string })[] = await db.figure.findMany({
    where: {
      indicatorId: { in: indicatorIds },
      status: { in: ["APPROVED", "SUBMITTED"] },
      ...(regions.length < 5000 && { regionId: { in: regions.map((r) => r.id) } }),
    },
    select: { indicatorId: true, regionId: true, year: true, quarter: true, value: true, numerator: true, denominator: true, status: true },
  });
  const kinds = new Map(targets.map((t) => [t.indicatorId, t.indicator.kind]));
  const books = {
    official: new SeriesBook(figures.filter((f) => f.status === "APPROVED"), regions, kinds),
    provisional: new SeriesBook(figures, regions, kinds),
  };
  const asOfPeriod = periodFromIndex(asOf);
  const computedAt = new Date();

  const rows = targets.flatMap((t) => {
    const spec = toTargetSpec(t);
    return (["official", "provisional"] as const).map((mode) => {
      const book = books[mode];
      const observations = book.observations(t.indicatorId, t.regionId);
      const evaluation = evaluateTarget(spec, observations, asOf, settings);
      const recent = measuredSeries(spec.kind, spec.measure, observations.filter((o) => o.periodIndex <= asOf), {
        startIndex: spec.planStartIndex ?? spec.startIndex,
        baselineValue: spec.baselineValue,
      }).slice(-RECENT_POINTS);
      const latest = evaluation.latest ? periodFromIndex(evaluation.latest.periodIndex) : null;
      const coverage = evaluation.latest ? book.rollUps(t.indicatorId, t.regionId).get(evaluation.latest.periodIndex)?.coverage : undefined;
      return {
        targetId: t.id,
        provisional: mode === "provisional",
        asOfYear: asOfPeriod.year,
        asOfQuarter: asOfPeriod.quarter,
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
        computedAt,
      };
    });
  });

  // SQLite allows 999 bound parameters per statement: keep id lists and row batches below that.
  const ids = targets.map((t) => t.id);
  for (let i = 0; i < ids.length; i += 900) {
    await db.targetEvaluation.deleteMany({ where: { targetId: { in: ids.slice(i, i + 900) } } });
  }
  for (let i = 0; i < rows.length; i += 45) {
    await db.targetEvaluation.createMany({ data: rows.slice(i, i + 45) });
  }
  return targets.length;
}

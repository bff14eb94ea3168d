// The indicator page: every region in scope with a target for this indicator — trend, ranking at a
// chosen quarter (status recomputed as of that quarter) and the figures behind it.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import {
  evaluateTarget,
  formatPeriod,
  formatPeriodIndex,
  measuredSeries,
  periodFromIndex,
  periodIndex,
  rateValue,
  type Period,
} from "@/lib/domain";
import { currentPeriodIndex } from "../evaluation/current-period";
import { SeriesBook } from "../evaluation/series";
import { targetSpecSelect, toTargetSpec } from "../evaluation/spec";
import { regionInScope } from "../scope";

export interface IndicatorOptions {
  provisional: boolean;
  period: Period | null;
  focusRegionCode: string | null;
}

/** The indicator's dashboard; null when the indicator is unknown or absent from the scope, or the focus region lies outside it. */
/** An indicator's names for the page title (every signed-in user may open any indicator's page). */
export async function findIndicatorNames(_user: SessionUser, code: string) {
  return db.indicator.findUnique({ where: { code }, select: { name: true, nameEn: true } });
}

export async function getIndicatorDashboard(user: SessionUser, code: string, options: IndicatorOptions) {
  const indicator = await db.indicator.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, direction: true, decimals: true, definition: true },
  });
  if (!indicator) return null;
  const statuses = options.provisional ? ["APPROVED" as const, "SUBMITTED" as const] : ["APPROVED" as const];
  const [targets, regions, figures, currentIndex] = await Promise.all([
    db.target.findMany({
      where: { indicatorId: indicator.id, archivedAt: null, region: regionInScope(user) },
      select: { ...targetSpecSelect, id: true, regionId: true, leadDepartment: { select: { shortName: true, nameEn: true } } },
    }),
    db.region.findMany({
      where: regionInScope(user),
      select: { id: true, code: true, name: true, nameEn: true, parentId: true, path: true, level: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    db.figure.findMany({
      where: { indicatorId: indicator.id, status: { in: statuses }, region: regionInScope(user) },
      select: { indicatorId: true, regionId: true, year: true, quarter: true, value: true, numerator: true, denominator: true, note: true, status: true, isDemo: true },
      orderBy: [{ year: "asc" }, { quarter: "asc" }],
    }),
    currentPeriodIndex(db),
  ]);
  if (targets.length === 0 && figures.length === 0) return null;
  // A region outside the scope is not found, never answered with the caller's own region instead.
  if (options.focusRegionCode !== null && !regions.some((r) => r.code === options.focusRegionCode)) return null;

  const asOf = options.period ? periodIndex(options.period) : currentIndex;
  const book = new SeriesBook(figures, regions.map((r) => ({ id: r.id, parentId: r.id === user.scopeRegionId ? null : r.parentId })), new Map([[indicator.id, indicator.kind]]));
  const regionById = new Map(regions.map((r) => [r.id, r]));
  const periods = [...new Set([...figures.map((f) => f.year * 4 + f.quarter - 1), currentIndex])].sort((a, b) => a - b);

  const ranking = targets.map((t) => {
    const region = regionById.get(t.regionId);
    const spec = toTargetSpec(t);
    const observations = book.observations(indicator.id, t.regionId);
    const evaluation = evaluateTarget(spec, observations, asOf);
    const series = measuredSeries(spec.kind, spec.measure, observations, { startIndex: spec.planStartIndex ?? spec.startIndex, baselineValue: spec.baselineValue });
    const coverage = evaluation.latest ? book.rollUps(indicator.id, t.regionId).get(evaluation.latest.periodIndex)?.coverage ?? null : null;
    return {
      targetId: t.id,
      region: { code: region?.code ?? "", name: region?.name ?? "", nameEn: region?.nameEn ?? null, level: region?.level ?? "COUNTY", parentId: region?.parentId ?? null, id: t.regionId },
      comparator: t.comparator,
      targetValue: t.targetValue,
      deadline: String(t.deadlineYear),
      leadDepartment: t.leadDepartment,
      value: evaluation.latest?.value ?? null,
      valuePeriod: evaluation.latest ? formatPeriodIndex(evaluation.latest.periodIndex) : null,
      progress: evaluation.progress,
      expected: evaluation.expected,
      status: evaluation.status,
      smallSample: evaluation.smallSample,
      coverage: coverage && coverage.expected > 0 ? coverage : null,
      series: series.map((p) => ({ period: formatPeriodIndex(p.periodIndex), value: p.value })),
      expectedPath: expectedPath(spec.startIndex, spec.deadlineIndex, evaluation.baseline, t.targetValue, periods),
    };
  });

  // Rank like with like: the focus region's sub-regions (the focus itself is their total).
  const focus = ranking.find((r) => r.region.code === options.focusRegionCode) ?? ranking.find((r) => r.region.id === user.scopeRegionId) ?? ranking[0] ?? null;
  const children = focus ? ranking.filter((r) => r.region.parentId === focus.region.id) : [];
  // A region without sub-regions is ranked among its siblings.
  const siblings = focus ? ranking.filter((r) => r.region.parentId === focus.region.parentId) : [];
  const peers = children.length > 0 ? children : siblings;
  const isHigherBetter = indicator.direction === "HIGHER_IS_BETTER";
  const ranked = peers
    .filter((r) => r.value !== null)
    .sort((a, b) => (isHigherBetter ? (b.value ?? 0) - (a.value ?? 0) : (a.value ?? 0) - (b.value ?? 0)));
  const rankOf = new Map(ranked.map((r, i) => [r.targetId, i + 1]));
  const withRank = (r: (typeof ranking)[number]) => ({ ...r, rank: rankOf.get(r.targetId) ?? null });
  const rankedRows = [
    ...(focus && children.length > 0 ? [withRank(focus)] : []),
    ...peers.map(withRank).sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER)),
  ];

  const trendRows = focus ? [focus, ...ranking.filter((r) => r.region.parentId === focus.region.id)].slice(0, 10) : [];
  const figuresAtPeriod = figures
    .filter((f) => f.year * 4 + f.quarter - 1 === asOf)
    .map((f) => {
      const region = regionById.get(f.regionId);
      return {
        region: { code: region?.code ?? "", name: region?.name ?? "", nameEn: region?.nameEn ?? null },
        value: indicator.kind === "RATE" ? rateValue(f.numerator, f.denominator) ?? f.value : f.value,
        numerator: f.numerator,
        denominator: f.denominator,
        status: f.status,
        note: f.note,
        isDemo: f.isDemo,
      };
    });

  return {
    indicator,
    period: periodFromIndex(asOf),
    periods: periods.map(formatPeriodIndex),
    ranking: rankedRows,
    focus: focus ? { code: focus.region.code, name: focus.region.name, nameEn: focus.region.nameEn, targetValue: focus.targetValue, expectedPath: focus.expectedPath } : null,
    trend: trendRows.map((r) => ({ key: r.region.code, name: r.region.name, nameEn: r.region.nameEn, points: r.series })),
    figures: figuresAtPeriod,
    hasDemo: figures.some((f) => f.isDemo),
  };
}

/** The straight line from the baseline to the target, at each quarter shown. */
function expectedPath(t0: number, t1: number, baseline: number | null, target: number, periods: number[]) {
  if (baseline === null || t1 <= t0) return [];
  return periods
    .filter((p) => p >= t0 && p <= t1)
    .map((p) => ({ period: formatPeriod(periodFromIndex(p)), value: baseline + ((target - baseline) * (p - t0)) / (t1 - t0) }));
}

export type IndicatorDashboard = NonNullable<Awaited<ReturnType<typeof getIndicatorDashboard>>>;
export type IndicatorRankingRow = IndicatorDashboard["ranking"][number];

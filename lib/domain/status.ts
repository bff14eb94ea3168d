// Judges one target against its figures, following docs/design.md "What is calculated".
//
// Decisions the design leaves open:
// - Baseline B: for CUMULATIVE measures B = 0 (nothing has accumulated at the start; a STOCK
//   baseline only anchors the level, see measure.ts). Otherwise the target's baseline value;
//   when that is null, the last measured value at or before t0, else the first one after t0 —
//   and then t0 moves to that quarter, so the straight line starts where B was observed.
// - Progress is null (unknown) when B is unknown, T = B, or B already satisfies the target.
//   Such a target is ACHIEVED while its value still satisfies the target; once it slips it is
//   AT_RISK if the forecast satisfies the target again by t1, else OFF_TRACK.
// - Maintain targets (稳定在…) should hold throughout, so their expected share is 1 at all times.
// - An EQ target overshot by p is as far off as one short by p: status uses 2 − p above 1.
// - Comparators decide the direction of progress; `direction` is carried for display.
// - After the deadline a target is judged on its last value at or before the deadline.
// - With no value the status is NO_DATA even after the deadline (unknown, not proven missed;
//   the scorecard still counts it as not achieved).

import { linearForecast } from "./forecast";
import {
  measuredSeries,
  type IndicatorKind,
  type MeasuredPoint,
  type Measure,
  type Observation,
} from "./measure";
import { DEFAULT_SETTINGS, type DomainSettings } from "./evaluation-settings";

export type TargetStatus = "ACHIEVED" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "MISSED" | "NO_DATA";

/**
 * Worst first, for "most behind" lists. NO_DATA sits after the known problems but before
 * the good news: a target nobody reports on needs attention, though less than a proven miss.
 */
export const STATUS_ORDER: readonly TargetStatus[] = [
  "MISSED",
  "OFF_TRACK",
  "AT_RISK",
  "NO_DATA",
  "ON_TRACK",
  "ACHIEVED",
];

export function compareStatus(a: TargetStatus, b: TargetStatus): number {
  return STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);
}

export type Comparator = "GTE" | "LTE" | "EQ" | "GT" | "LT";
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

export interface TargetSpec {
  kind: IndicatorKind;
  measure: Measure;
  comparator: Comparator;
  direction: Direction;
  targetValue: number;
  baselineValue: number | null;
  /** t0: the baseline period's index if known, else the plan's first quarter. */
  startIndex: number;
  /** t1 */
  deadlineIndex: number;
  isMaintain: boolean;
  /**
   * First quarter the plan counts (CUMULATIVE sums start here); defaults to startIndex. Pass
   * it when startIndex is a baseline quarter before the plan (baseline 2016Q4, plan from 2017Q1),
   * or that quarter's flows would be counted too.
   */
  planStartIndex?: number;
}

export interface TargetEvaluation {
  status: TargetStatus;
  latest: { periodIndex: number; value: number } | null;
  progress: number | null;
  expected: number;
  forecast: number | null;
  anticipatedProgress: number | null;
  smallSample: boolean;
  /** B as used, and the quarter the expected line starts from (t0 as used). */
  baseline: number | null;
  baselineIndex: number;
}

/** Relative slack so that rates rebuilt from counts (95.00000000000001) compare as intended. */
export const DEFAULT_TOLERANCE = 1e-6;
const EPS = 1e-9;

export function satisfies(
  comparator: Comparator,
  value: number,
  target: number,
  tolerance = DEFAULT_TOLERANCE,
): boolean {
  const slack = tolerance * Math.max(Math.abs(target), 1);
  switch (comparator) {
    case "GTE":
      return value >= target - slack;
    case "LTE":
      return value <= target + slack;
    case "GT":
      return value > target + slack;
    case "LT":
      return value < target - slack;
    case "EQ":
      return Math.abs(value - target) <= slack;
  }
}

export function expectedShare(t: number, t0: number, t1: number, isMaintain: boolean): number {
  if (isMaintain) return 1;
  if (t1 <= t0) return t >= t1 ? 1 : 0;
  return Math.min(1, Math.max(0, (t - t0) / (t1 - t0)));
}

function resolveBaseline(spec: TargetSpec, series: readonly MeasuredPoint[]): { value: number | null; index: number } {
  if (spec.measure === "CUMULATIVE") return { value: 0, index: spec.startIndex };
  if (spec.baselineValue !== null && Number.isFinite(spec.baselineValue)) {
    return { value: spec.baselineValue, index: spec.startIndex };
  }
  const before = series.filter((p) => p.periodIndex <= spec.startIndex).at(-1);
  if (before) return { value: before.value, index: spec.startIndex };
  const after = series[0];
  return after ? { value: after.value, index: after.periodIndex } : { value: null, index: spec.startIndex };
}

function progressOf(value: number, baseline: number | null, spec: TargetSpec): number | null {
  if (baseline === null) return null;
  const span = spec.targetValue - baseline;
  if (Math.abs(span) <= EPS * Math.max(Math.abs(spec.targetValue), 1)) return null;
  if (satisfies(spec.comparator, baseline, spec.targetValue)) return null;
  return (value - baseline) / span;
}

function towardTarget(progress: number, comparator: Comparator): number {
  return comparator === "EQ" && progress > 1 ? 2 - progress : progress;
}

export function evaluateTarget(
  spec: TargetSpec,
  observations: readonly Observation[],
  asOfIndex: number,
  settings: DomainSettings = DEFAULT_SETTINGS,
): TargetEvaluation {
  const th = settings.thresholds;
  const t1 = spec.deadlineIndex;
  const judgedUntil = Math.min(asOfIndex, t1);
  const series = measuredSeries(
    spec.kind,
    spec.measure,
    observations.filter((o) => o.periodIndex <= judgedUntil),
    { startIndex: spec.planStartIndex ?? spec.startIndex, baselineValue: spec.baselineValue },
  );
  const base = resolveBaseline(spec, series);
  const last = series.at(-1);

  if (!last) {
    return {
      status: "NO_DATA",
      latest: null,
      progress: null,
      expected: expectedShare(asOfIndex, base.index, t1, spec.isMaintain),
      forecast: null,
      anticipatedProgress: null,
      smallSample: false,
      baseline: base.value,
      baselineIndex: base.index,
    };
  }

  const expected = expectedShare(last.periodIndex, base.index, t1, spec.isMaintain);
  const forecast = linearForecast(
    series.map((p) => ({ x: p.periodIndex, y: p.value })),
    t1,
    th.forecastMinPoints,
    th.forecastMaxPoints,
  );
  const progress = progressOf(last.value, base.value, spec);
  const anticipatedProgress = progress === null || forecast === null ? null : progressOf(forecast, base.value, spec);

  const status = ((): TargetStatus => {
    if (satisfies(spec.comparator, last.value, spec.targetValue)) return "ACHIEVED";
    if (asOfIndex > t1) return "MISSED";
    if (progress === null) {
      return forecast !== null && satisfies(spec.comparator, forecast, spec.targetValue) ? "AT_RISK" : "OFF_TRACK";
    }
    const p = towardTarget(progress, spec.comparator);
    const pa = anticipatedProgress === null ? null : towardTarget(anticipatedProgress, spec.comparator);
    if (p >= expected - th.onTrackMargin - EPS || (pa !== null && pa >= 1 - EPS)) return "ON_TRACK";
    if ((pa !== null && pa >= th.atRiskForecast - EPS) || p >= expected - th.atRiskMargin - EPS) return "AT_RISK";
    return "OFF_TRACK";
  })();

  return {
    status,
    latest: { periodIndex: last.periodIndex, value: last.value },
    progress,
    expected,
    forecast,
    anticipatedProgress,
    smallSample: spec.kind === "RATE" && last.denominator !== null && last.denominator < settings.minDenominator,
    baseline: base.value,
    baselineIndex: base.index,
  };
}

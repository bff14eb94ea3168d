// Builds the engine's per-indicator facts from what the product holds: a target judged at the
// end of the assessment year (status.ts) and the indicator's quarterly figures (measure.ts).

import { measuredSeries, type IndicatorKind, type Observation } from "../measure";
import { yearEndIndex, yearStartIndex } from "../period";
import type { Direction, TargetEvaluation, TargetSpec } from "../status";
import type { IndicatorFacts, TargetFacts } from "./types";

/**
 * An indicator's figure for a calendar year: a FLOW's sum over its quarters, a RATE pooled over
 * them (Σ numerators ÷ Σ denominators), a STOCK's level at the year's end. Null when the
 * year's fourth quarter has no usable figure; `missing` counts the earlier quarters without
 * one (skipped, never read as zero), so the caller can refuse a partial year.
 */
export function yearFigure(kind: IndicatorKind, observations: readonly Observation[], year: number): { value: number; missing: number } | null {
  const start = yearStartIndex(year);
  const end = yearEndIndex(year);
  const inYear = observations.filter((o) => o.periodIndex >= start && o.periodIndex <= end);
  const measure = kind === "STOCK" ? "LEVEL" : "ANNUAL";
  const point = measuredSeries(kind, measure, inYear, { startIndex: start, baselineValue: null }).find((p) => p.periodIndex === end);
  return point ? { value: point.value, missing: point.missing } : null;
}

/** A target as the engine reads it, from its spec and its evaluation at the end of the year. */
export function targetFacts(
  spec: Pick<TargetSpec, "comparator" | "targetValue">,
  evaluation: Pick<TargetEvaluation, "status" | "latest" | "baseline">,
  area: string | null,
  weight: number,
): TargetFacts {
  return {
    area,
    status: evaluation.status,
    value: evaluation.latest?.value ?? null,
    targetValue: spec.targetValue,
    comparator: spec.comparator,
    baseline: evaluation.baseline,
    weight,
  };
}

/**
 * The facts for one indicator of one region in an assessment year. A partial year (a quarter
 * without a usable figure) gives no year figure unless `allowPartialYear`.
 */
export function indicatorFacts(input: {
  kind: IndicatorKind;
  direction: Direction;
  observations: readonly Observation[];
  year: number;
  target: TargetFacts | null;
  allowPartialYear?: boolean;
}): IndicatorFacts {
  const figureOf = (year: number) => {
    const figure = yearFigure(input.kind, input.observations, year);
    return figure && (figure.missing === 0 || input.allowPartialYear) ? figure.value : null;
  };
  return { direction: input.direction, yearValue: figureOf(input.year), lastYearValue: figureOf(input.year - 1), target: input.target };
}

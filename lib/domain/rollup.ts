// Combining figures by the indicator's kind (docs/design.md): RATE always as Σnum/Σden — an
// average of rates would let a county with 12 batches weigh as much as one with 1,200 —
// STOCK by sum across regions and latest across time, FLOW by sum in both.

import {
  isPoolable,
  observationValue,
  rateCounts,
  type IndicatorKind,
  type Observation,
} from "./measure";

function latestIndex(parts: readonly Observation[]): number {
  return parts.reduce((max, o) => Math.max(max, o.periodIndex), Number.NEGATIVE_INFINITY);
}

function sumRates(parts: readonly Observation[]): Observation | null {
  const pooled = parts.filter((o) => rateCounts(o) !== null);
  let numerator = 0;
  let denominator = 0;
  for (const o of pooled) {
    const counts = rateCounts(o);
    numerator += counts?.numerator ?? 0;
    denominator += counts?.denominator ?? 0;
  }
  if (pooled.length === 0 || denominator <= 0) return null;
  return { periodIndex: latestIndex(pooled), value: (numerator / denominator) * 100, numerator, denominator };
}

function sumValues(kind: IndicatorKind, parts: readonly Observation[]): Observation | null {
  const usable = parts.filter((o) => observationValue(kind, o) !== null);
  if (usable.length === 0) return null;
  const value = usable.reduce((s, o) => s + (observationValue(kind, o) ?? 0), 0);
  return { periodIndex: latestIndex(usable), value, numerator: null, denominator: null };
}

/**
 * Several regions' figures for one quarter as one figure. Parts without a usable value are
 * ignored; a RATE part entered as a bare percentage cannot be pooled and is ignored too.
 */
export function combineRegions(kind: IndicatorKind, parts: readonly Observation[]): Observation | null {
  return kind === "RATE" ? sumRates(parts) : sumValues(kind, parts);
}

/** Several quarters of one region as one figure (e.g. a year from its quarters). */
export function combineOverTime(kind: IndicatorKind, observations: readonly Observation[]): Observation | null {
  if (kind === "RATE") return sumRates(observations);
  if (kind === "FLOW") return sumValues(kind, observations);
  const latest = observations
    .filter((o) => observationValue(kind, o) !== null)
    .reduce<Observation | null>((best, o) => (best === null || o.periodIndex >= best.periodIndex ? o : best), null);
  return latest;
}

export type RollUpSource = "OWN" | "CHILDREN" | "NONE";

export interface RollUp {
  observation: Observation | null;
  source: RollUpSource;
  /** Children whose figure entered the combination, out of all children. */
  coverage: { reporting: number; expected: number };
}

/**
 * A region's figure: its own where one with a usable value was entered (the region's own
 * statistics are authoritative and may cover units no child reports), otherwise its
 * children's combined. Coverage is always about the children, so it can be shown either way.
 */
export function rollUpValue(
  kind: IndicatorKind,
  own: Observation | null,
  children: readonly (Observation | null)[],
): RollUp {
  const reporting = children.filter((c): c is Observation => c !== null && isPoolable(kind, c));
  const coverage = { reporting: reporting.length, expected: children.length };
  if (own !== null && observationValue(kind, own) !== null) {
    return { observation: own, source: "OWN", coverage };
  }
  const combined = combineRegions(kind, reporting);
  return combined === null
    ? { observation: null, source: "NONE", coverage }
    : { observation: combined, source: "CHILDREN", coverage };
}

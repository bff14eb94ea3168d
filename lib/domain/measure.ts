// Turns quarterly figures into the quantity a target is judged on.
//
// Rules (t is a quarter, "own" is that quarter's figure):
// - LEVEL: the quarter's own value (RATE: its num/den, STOCK: its level, FLOW: its amount).
// - CUMULATIVE, from opts.startIndex (the first quarter the plan counts) to t:
//   RATE Σnum/Σden, FLOW Σ amounts, STOCK level(t) − reference level, where the reference is
//   the baseline value, else the level of the quarter before the start, else the first
//   level reported from the start on. Quarters before the start are not part of it.
// - ANNUAL, the four quarters ending at t (at Q4 exactly the calendar year): RATE Σnum/Σden,
//   FLOW Σ amounts, STOCK level(t) − level(t − 4), where a missing level(t − 4) is the
//   baseline value only when t − 4 is the quarter before the start. A rolling year rather
//   than year-to-date, because a Q1 year-to-date total compared with a whole-year target
//   would look off track every spring.
// A point exists only at quarters whose own figure is usable, so the latest point is never
// older news passed off as a new quarter. Inside a window a missing quarter is skipped —
// never read as zero — and counted in `missing`, so partial sums can be shown as such.
// Pooled RATE measures need counts: a quarter entered as a bare percentage cannot be
// pooled and counts as missing.

export type IndicatorKind = "RATE" | "STOCK" | "FLOW";
export type Measure = "LEVEL" | "CUMULATIVE" | "ANNUAL";

export interface Observation {
  periodIndex: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface MeasuredPoint {
  periodIndex: number;
  value: number;
  /** RATE only: the denominator behind the value (summed over the window); else null. */
  denominator: number | null;
  /** Quarters inside the window that had no usable figure. */
  missing: number;
}

export interface MeasureOptions {
  /** First quarter the plan counts (CUMULATIVE start; anchors the baseline for STOCK). */
  startIndex: number;
  baselineValue: number | null;
}

export interface RateCounts {
  numerator: number;
  denominator: number;
}

function finite(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}

/** Percentage num/den·100; null when either is missing or the denominator is not positive. */
export function rateValue(num: number | null, den: number | null): number | null {
  const n = finite(num);
  const d = finite(den);
  if (n === null || d === null || d <= 0 || n < 0) return null;
  return (n / d) * 100;
}

export function rateCounts(o: Observation): RateCounts | null {
  const numerator = finite(o.numerator);
  const denominator = finite(o.denominator);
  if (numerator === null || denominator === null || denominator <= 0 || numerator < 0) return null;
  return { numerator, denominator };
}

/**
 * The usable value of one figure. A RATE with counts is recomputed from them (the stored
 * value may be rounded); one with a zero or bad denominator has no usable value even if a
 * value was typed; one with no denominator at all falls back to the entered percentage.
 */
export function observationValue(kind: IndicatorKind, o: Observation): number | null {
  if (kind !== "RATE") return finite(o.value);
  const counts = rateCounts(o);
  if (counts) return (counts.numerator / counts.denominator) * 100;
  return o.denominator === null ? finite(o.value) : null;
}

/** Whether a figure can enter a sum/sum or a sum (a RATE needs its counts). */
export function isPoolable(kind: IndicatorKind, o: Observation): boolean {
  return kind === "RATE" ? rateCounts(o) !== null : finite(o.value) !== null;
}

/** Latest figure per quarter; when a quarter appears twice the later entry wins. */
export function indexByPeriod(observations: readonly Observation[]): Map<number, Observation> {
  const map = new Map<number, Observation>();
  for (const o of observations) map.set(o.periodIndex, o);
  return new Map([...map.entries()].sort((a, b) => a[0] - b[0]));
}

interface Pooled {
  value: number;
  denominator: number | null;
  missing: number;
}

function pool(kind: "RATE" | "FLOW", byPeriod: Map<number, Observation>, from: number, to: number): Pooled | null {
  let num = 0;
  let den = 0;
  let sum = 0;
  let missing = 0;
  for (let i = from; i <= to; i += 1) {
    const o = byPeriod.get(i);
    if (kind === "RATE") {
      const counts = o ? rateCounts(o) : null;
      if (counts) {
        num += counts.numerator;
        den += counts.denominator;
      } else missing += 1;
    } else {
      const v = o ? finite(o.value) : null;
      if (v !== null) sum += v;
      else missing += 1;
    }
  }
  if (kind === "RATE") return den > 0 ? { value: (num / den) * 100, denominator: den, missing } : null;
  return { value: sum, denominator: null, missing };
}

function levelOf(byPeriod: Map<number, Observation>, i: number): number | null {
  const o = byPeriod.get(i);
  return o ? finite(o.value) : null;
}

function stockReference(byPeriod: Map<number, Observation>, opts: MeasureOptions): number | null {
  const baseline = finite(opts.baselineValue);
  if (baseline !== null) return baseline;
  const before = levelOf(byPeriod, opts.startIndex - 1);
  if (before !== null) return before;
  for (const [i, o] of byPeriod) {
    const v = finite(o.value);
    if (i >= opts.startIndex && v !== null) return v;
  }
  return null;
}

export function measuredSeries(
  kind: IndicatorKind,
  measure: Measure,
  observations: readonly Observation[],
  opts: MeasureOptions,
): MeasuredPoint[] {
  const byPeriod = indexByPeriod(observations);
  const points: MeasuredPoint[] = [];
  const stockRef = kind === "STOCK" && measure === "CUMULATIVE" ? stockReference(byPeriod, opts) : null;

  for (const [t, own] of byPeriod) {
    if (measure === "CUMULATIVE" && t < opts.startIndex) continue;
    if (measure !== "LEVEL" && !isPoolable(kind, own)) continue;

    if (measure === "LEVEL") {
      const value = observationValue(kind, own);
      if (value === null) continue;
      const denominator = kind === "RATE" ? (rateCounts(own)?.denominator ?? null) : null;
      points.push({ periodIndex: t, value, denominator, missing: 0 });
    } else if (kind === "STOCK") {
      const level = levelOf(byPeriod, t);
      const ref =
        measure === "CUMULATIVE"
          ? stockRef
          : (levelOf(byPeriod, t - 4) ?? (t - 4 === opts.startIndex - 1 ? finite(opts.baselineValue) : null));
      if (level === null || ref === null) continue;
      points.push({ periodIndex: t, value: level - ref, denominator: null, missing: 0 });
    } else {
      const from = measure === "CUMULATIVE" ? opts.startIndex : t - 3;
      const pooled = pool(kind, byPeriod, from, t);
      if (pooled) points.push({ periodIndex: t, ...pooled });
    }
  }
  return points;
}

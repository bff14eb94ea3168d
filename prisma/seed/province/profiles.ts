// Per (county, indicator) "profile": the county's 2016 baseline, its target, and how far along the
// straight line from one to the other it will have got by the deadline (its performance). A county
// strength, a city effect and a per-pair draw make some counties lead and others lag, so that
// every status occurs.
import { rngFor, uniform, type Rng } from "../random";
import type { IndicatorSpec } from "./indicators";

export interface SeriesProfile {
  countyCode: string;
  indicator: IndicatorSpec;
  /** RATE: %; STOCK: level; FLOW: amount in 2016 (CUMULATIVE: yearly pace, the baseline is 0). */
  baseline: number;
  target: number;
  /** RATE: the county's typical quarterly denominator; 0 when it has nothing to sample. */
  denominator: number;
  /** Share of the way from baseline to target reached at the deadline (1 = exactly on target). */
  performance: number;
  /** Exponent of the path over time: below 1 front-loaded, above 1 back-loaded. */
  shape: number;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A county's size in [0, 1] (shared by all indicators: big counties have more of everything). */
function countySize(seed: number, countyCode: string): number {
  return rngFor(seed, "size", countyCode)();
}

/** How well a county does overall, and how its city does: added to every pair's performance. */
function regionalEffect(seed: number, countyCode: string, cityCode: string): number {
  return uniform(rngFor(seed, "strength", countyCode), -0.3, 0.25) + uniform(rngFor(seed, "city", cityCode), -0.12, 0.12);
}

function drawBaseline(spec: IndicatorSpec, size: number, rng: Rng): number {
  const [lo, hi] = spec.base;
  const u = spec.kind === "RATE" ? rng() : 0.6 * size + 0.4 * rng();
  return roundTo(lo + (hi - lo) * u, spec.kind === "FLOW" && spec.measure === "CUMULATIVE" ? 2 : spec.decimals);
}

function targetFor(spec: IndicatorSpec, baseline: number): number {
  if (spec.kind === "RATE") return spec.goal;
  if (spec.measure === "CUMULATIVE") return Math.max(1, roundTo(baseline * 10 * (1 + spec.goal), spec.decimals));
  const goal = roundTo(baseline * (1 + spec.goal), spec.decimals);
  if (spec.goal > 0 && goal <= baseline) return baseline + 1;
  return goal;
}

export function countyProfile(seed: number, spec: IndicatorSpec, countyCode: string, cityCode: string): SeriesProfile {
  const rng = rngFor(seed, "profile", countyCode, spec.code);
  const size = countySize(seed, countyCode);
  const baseline = drawBaseline(spec, size, rng);
  const isIdle = spec.kind === "RATE" && rng() < spec.idleShare;
  return {
    countyCode,
    indicator: spec,
    baseline,
    target: targetFor(spec, baseline),
    denominator: isIdle ? 0 : Math.max(3, Math.round(spec.denominator * (0.4 + 1.6 * size))),
    performance: Math.max(0.05, 0.97 + regionalEffect(seed, countyCode, cityCode) + uniform(rng, -0.35, 0.35)),
    shape: uniform(rng, 0.7, 1.5),
  };
}

// A county's quarterly figures for one indicator, drawn along its profile: the measured quantity
// moves from the 2016 baseline toward baseline + performance × (target − baseline) at the deadline
// along a curved path, with noise. Rates are drawn as counts (numerator / denominator).
import { periodIndex, yearEndIndex, type Period } from "@/lib/domain";
import { rngFor, uniform, type Rng } from "../random";
import type { SeedFigure } from "../types";
import { BASELINE_YEAR } from "./params";
import { roundTo, type SeriesProfile } from "./profiles";

/** Relative weight of each quarter in a year's flow (sums to 4). */
const SEASON = [0.85, 1.0, 1.05, 1.1] as const;
const BASELINE_INDEX = yearEndIndex(BASELINE_YEAR);

function poisson(rng: Rng, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * uniform(rng, -1.7, 1.7)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng(); p > limit; p *= rng()) k += 1;
  return k;
}

/** Share of the way from baseline to target at quarter index t (performance at the deadline). */
function progressAt(profile: SeriesProfile, t: number): number {
  const deadline = yearEndIndex(profile.indicator.deadlineYear);
  const frac = Math.max(0, (t - BASELINE_INDEX) / (deadline - BASELINE_INDEX));
  if (frac <= 1) return profile.performance * frac ** profile.shape;
  return profile.performance * (1 + 0.3 * (frac - 1));
}

function rateFigure(p: SeriesProfile, t: number, rng: Rng): { numerator: number; denominator: number } {
  if (p.denominator === 0) return { numerator: 0, denominator: 0 };
  const alreadyThere = p.indicator.direction === "LOWER_IS_BETTER" ? p.baseline <= p.target : p.baseline >= p.target;
  const level = alreadyThere ? p.baseline : p.baseline + (p.target - p.baseline) * progressAt(p, t);
  const noise = (0.04 * Math.abs(p.target - p.baseline) + 0.4) * uniform(rng, -1, 1);
  const denominator = Math.max(1, Math.round(p.denominator * uniform(rng, 0.75, 1.25)));
  const rate = Math.min(100, Math.max(0, level + noise));
  return { numerator: Math.min(denominator, Math.round((denominator * rate) / 100)), denominator };
}

function flowValue(p: SeriesProfile, t: number, quarter: number, rng: Rng): number {
  const spec = p.indicator;
  const season = SEASON[quarter - 1] ?? 1;
  const mean =
    spec.measure === "CUMULATIVE"
      ? (p.performance * p.target * season) / (yearEndIndex(spec.deadlineYear) - BASELINE_INDEX)
      : ((p.baseline + (p.target - p.baseline) * progressAt(p, t)) / 4) * season;
  if (spec.decimals === 0 && mean < 200) return poisson(rng, Math.max(0, mean));
  return roundTo(Math.max(0, mean * uniform(rng, 0.88, 1.12)), spec.decimals);
}

/** The figures of one (county, indicator) pair for the given quarters, all APPROVED (the caller sets the open quarter's status). */
export function seriesFigures(seed: number, profile: SeriesProfile, quarters: readonly Period[], departmentCode: string): SeedFigure[] {
  const spec = profile.indicator;
  const rng = rngFor(seed, "series", profile.countyCode, spec.code);
  let stockLevel = Number.NEGATIVE_INFINITY;
  return quarters.map(({ year, quarter }) => {
    const t = periodIndex({ year, quarter });
    let value: number | null = null;
    let counts: { numerator: number | null; denominator: number | null } = { numerator: null, denominator: null };
    if (spec.kind === "RATE") counts = rateFigure(profile, t, rng);
    else if (spec.kind === "FLOW") value = flowValue(profile, t, quarter, rng);
    else {
      const drift = profile.baseline + (profile.target - profile.baseline) * progressAt(profile, t);
      const jitter = uniform(rng, -0.5, 0.5) * Math.max(1, 0.05 * (profile.target - profile.baseline));
      stockLevel = Math.max(stockLevel, Math.max(0, Math.round(drift + jitter)));
      value = stockLevel;
    }
    return {
      indicatorCode: spec.code,
      regionCode: profile.countyCode,
      year,
      quarter,
      value,
      ...counts,
      note: "",
      status: "APPROVED",
      departmentCode,
    };
  });
}

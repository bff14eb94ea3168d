// Series generation for the demo: noisy quarterly paths from a baseline that end where a scenario
// says, redrawn until the app's own status computation agrees (demo-scenario-check.ts).
import { parsePeriod, periodIndex, periodsBetween, type Period, type TargetSpec } from "@/lib/domain";
import type { DemoScenario } from "./demo-scenario-tables";
import { reachesScenario } from "./demo-scenario-check";
import { randomInt, rngFor, uniform, type Rng } from "./random";
import type { SeedFigure, SeedIndicator, SeedTarget } from "./types";

/** Every random draw of the demo derives from this seed, so every run is identical. */
export const DEMO_SEED = 20170613;

// ---------------------------------------------------------------------------------------------
// Quarters and time

/** "2017Q3" as a period; the seed's tables are code, so a bad label is a programming error. */
export function parseQuarter(label: string): Period {
  const period = parsePeriod(label);
  if (!period) throw new Error(`Bad quarter label ${label}`);
  return period;
}

export function quarterRange(first: string, last: string): Period[] {
  return periodsBetween(periodIndex(parseQuarter(first)), periodIndex(parseQuarter(last)));
}

/** End of a quarter as a decimal year: 2017Q3 → 2017.75. */
export function quarterEnd(period: Period): number {
  return (periodIndex(period) + 1) / 4;
}

/** A calendar date as a decimal year, to quarter precision for the dates the plans use. */
export function dateToYear(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new Error(`Bad date ${isoDate}`);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

// ---------------------------------------------------------------------------------------------
// Series generation

export interface Sample {
  quarter: Period;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface SeriesSpec {
  indicator: SeedIndicator;
  quarters: Period[];
  /** Number of leading quarters that are official (APPROVED). */
  officialCount: number;
  baselineEnd: number;
  planStart: number;
  deadlineEnd: number;
  denominator: { base: number; spread: number } | null;
}

/** Where on the way from baseline to target a series is: 0 = baseline, 1 = target. */
function progressPath(scenario: DemoScenario, rng: Rng, monotone: boolean): (x: number) => number {
  switch (scenario) {
    case "ACHIEVED": {
      const reachedAt = uniform(rng, 0.6, 0.9);
      const gamma = uniform(rng, 0.8, 1.3);
      const overshoot = uniform(rng, 0.03, 0.2);
      return (x) => (x < reachedAt ? (x / reachedAt) ** gamma : 1 + (overshoot * (x - reachedAt)) / (1.1 - reachedAt));
    }
    case "ON_TRACK": {
      const end = uniform(rng, 0.9, 0.975);
      const gamma = uniform(rng, 1, 2);
      return (x) => end * Math.max(0, x) ** gamma;
    }
    case "AT_RISK":
    case "MISSED": {
      const end = scenario === "AT_RISK" ? uniform(rng, 0.74, 0.79) : uniform(rng, 0.35, 0.9);
      const knee = uniform(rng, 0.4, 0.65);
      const atKnee = end * uniform(rng, 0.78, 0.93);
      return (x) => (x < knee ? (atKnee * x) / knee : atKnee + ((end - atKnee) * (x - knee)) / (1 - knee));
    }
    case "OFF_TRACK": {
      const peakAt = uniform(rng, 0.3, 0.6);
      const peak = uniform(rng, 0.3, 0.6);
      const end = monotone ? peak : uniform(rng, -0.4, 0.35);
      return (x) => (x < peakAt ? (peak * x) / peakAt : peak + ((end - peak) * (x - peakAt)) / (1 - peakAt));
    }
    case "NO_DATA":
      return () => 0;
  }
}

function noiseScale(x: number): number {
  return x >= 1 ? 0.04 : 0.12 * (1 - x) + 0.03;
}

/** The x at which a quarter sits: 0 at the start of the path, 1 at the last official quarter. */
function pathPositions(spec: SeriesSpec, start: number): number[] {
  const lastOfficial = spec.quarters[spec.officialCount - 1];
  const evaluationEnd = lastOfficial === undefined ? spec.deadlineEnd : quarterEnd(lastOfficial);
  return spec.quarters.map((quarter) => (quarterEnd(quarter) - start) / (evaluationEnd - start));
}

function buildRateSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng, scale: number): Sample[] {
  const baseline = target.baselineValue ?? 0;
  const span = target.targetValue - baseline;
  const path = progressPath(scenario, rng, false);
  const positions = pathPositions(spec, spec.baselineEnd);
  const reachedAt = scenario === "ACHIEVED" ? findReach(path) : Infinity;
  const denominator = spec.denominator ?? { base: 100, spread: 0.2 };
  return spec.quarters.map((quarter, index) => {
    const x = positions[index] ?? 0;
    const noise = uniform(rng, -1, 1) * noiseScale(x);
    let progress = path(x) + noise;
    if (x >= reachedAt) progress = Math.max(progress, 1);
    const rate = Math.min(100, Math.max(0, baseline + span * progress));
    const den = Math.max(1, Math.round(denominator.base * scale * uniform(rng, 1 - denominator.spread, 1 + denominator.spread)));
    let num = Math.min(den, Math.max(0, Math.round((rate * den) / 100)));
    if (x >= reachedAt) num = Math.max(num, Math.min(den, Math.ceil((target.targetValue * den) / 100 - 1e-9)));
    return { quarter, value: (100 * num) / den, numerator: num, denominator: den };
  });
}

function findReach(path: (x: number) => number): number {
  for (let x = 0; x <= 1.2; x += 0.01) if (path(x) >= 1) return x;
  return Infinity;
}

function buildStockSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng): Sample[] {
  const baseline = target.baselineValue ?? 0;
  const span = target.targetValue - baseline;
  const path = progressPath(scenario, rng, true);
  const positions = pathPositions(spec, spec.baselineEnd);
  let level = baseline;
  return spec.quarters.map((quarter, index) => {
    const x = positions[index] ?? 0;
    const jitter = uniform(rng, -0.04, 0.04);
    level = Math.max(level, Math.round(baseline + span * (path(x) + jitter)));
    return { quarter, value: level, numerator: null, denominator: null };
  });
}

function buildCumulativeSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng): Sample[] {
  const unit = 10 ** -spec.indicator.decimals;
  const targetUnits = Math.round(target.targetValue / unit);
  const path = progressPath(scenario, rng, true);
  const positions = pathPositions(spec, spec.planStart);
  const reachedAt = scenario === "ACHIEVED" ? findReach(path) : Infinity;
  let cumulative = 0;
  return spec.quarters.map((quarter, index) => {
    const x = positions[index] ?? 0;
    const jitter = uniform(rng, -0.05, 0.05);
    let next = Math.max(cumulative, Math.round(targetUnits * (path(x) + jitter)));
    if (x >= reachedAt) next = Math.max(next, targetUnits);
    const flow = next - cumulative;
    cumulative = next;
    return { quarter, value: Number((flow * unit).toFixed(spec.indicator.decimals)), numerator: null, denominator: null };
  });
}

/** Split a yearly total over that year's quarters at random. */
function distribute(total: number, slots: number, rng: Rng): number[] {
  const shares = new Array<number>(slots).fill(0);
  for (let i = 0; i < total; i += 1) {
    const slot = Math.floor(rng() * slots);
    shares[slot] = (shares[slot] ?? 0) + 1;
  }
  return shares;
}

function buildAnnualSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng): Sample[] {
  const baseline = target.baselineValue ?? 0;
  const goal = target.targetValue;
  const years = [...new Set(spec.quarters.map((quarter) => quarter.year))];
  const lastOfficial = spec.quarters[spec.officialCount - 1];
  if (lastOfficial === undefined) throw new Error("An ANNUAL series needs official quarters");
  const finalYear = lastOfficial.year;
  const firstYear = years[0] ?? finalYear;
  const totals = new Map<number, number>();
  for (const year of years) {
    const x = (year - firstYear + 1) / (finalYear - firstYear + 1);
    let total: number;
    if (goal === 0) {
      // "零事故"/"不发生": zero in the final years, an early incident where the baseline had one.
      total = baseline > 0 && year === firstYear ? 1 : 0;
    } else if (scenario === "ACHIEVED") {
      total = year >= finalYear - 1 ? goal + randomInt(rng, 0, Math.max(1, Math.round(goal * 0.1))) : Math.round(baseline + (goal - baseline) * x * uniform(rng, 0.85, 1.1));
    } else if (scenario === "MISSED") {
      total = year === finalYear ? Math.floor(goal * uniform(rng, 0.72, 0.95)) : Math.round(baseline + (goal - baseline) * x * uniform(rng, 0.6, 1));
    } else {
      // OFF_TRACK: nothing in the last full year nor so far this year.
      total = year >= finalYear - 1 ? 0 : randomInt(rng, 0, goal);
    }
    totals.set(year, Math.max(0, total));
  }
  const samples: Sample[] = [];
  for (const year of years) {
    const inYear = spec.quarters.filter((quarter) => quarter.year === year);
    const officialInYear = inYear.filter((quarter) => spec.quarters.indexOf(quarter) < spec.officialCount);
    // The final year's total falls within its official quarters, so the year to date already shows it.
    const slots = year === finalYear && officialInYear.length > 0 ? officialInYear.length : inYear.length;
    const shares = distribute(totals.get(year) ?? 0, slots, rng);
    inYear.forEach((quarter, index) => {
      const extra = index >= slots ? randomInt(rng, 0, 1) * (goal > 0 && scenario === "ACHIEVED" ? 1 : 0) : 0;
      samples.push({ quarter, value: (shares[index] ?? 0) + extra, numerator: null, denominator: null });
    });
  }
  return samples;
}

export function buildSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng, scale: number): Sample[] {
  if (spec.indicator.kind === "RATE") return buildRateSeries(spec, target, scenario, rng, scale);
  if (target.measure === "ANNUAL") return buildAnnualSeries(spec, target, scenario, rng);
  if (target.measure === "CUMULATIVE") return buildCumulativeSeries(spec, target, scenario, rng);
  return buildStockSeries(spec, target, scenario, rng);
}

/** A sample as the figure it is entered as: a rate by its counts, anything else by its value. */
export function figureValues(indicator: SeedIndicator, sample: Sample): Pick<SeedFigure, "year" | "quarter" | "value" | "numerator" | "denominator"> {
  const isRate = indicator.kind === "RATE";
  return {
    year: sample.quarter.year,
    quarter: sample.quarter.quarter,
    value: isRate ? null : sample.value,
    numerator: isRate ? sample.numerator : null,
    denominator: isRate ? sample.denominator : null,
  };
}

const MAX_ATTEMPTS = 400;

/** Draws series until the app's status computation gives the designed scenario (demo-scenario-check.ts). */
export function generateDesignedSeries(spec: SeriesSpec, target: SeedTarget, targetSpec: TargetSpec, scenario: DemoScenario, key: string): Sample[] {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const rng = rngFor(DEMO_SEED, key, attempt);
    // Later attempts sample more widely, which gives rates a finer grain.
    const scale = spec.denominator !== null && spec.denominator.base >= 30 ? 1 + Math.floor(attempt / 100) * 0.5 : 1;
    const samples = buildSeries(spec, target, scenario, rng, scale);
    const official = samples.slice(0, spec.officialCount).map((sample) => figureValues(spec.indicator, sample));
    if (reachesScenario(targetSpec, official, scenario)) return samples;
  }
  throw new Error(`Demo figures: no series for ${key} reaches ${scenario}`);
}

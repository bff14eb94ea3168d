// Synthetic quarterly figures for the demo, generated from a fixed seed so every run is identical.
// The designed outcomes are in demo-scenario-tables.ts, the series generator in demo-series.ts,
// the departments' notes in demo-notes.ts; this file assembles the figures.
//
// 防城港 (2017Q3–2020Q3): figures are entered by the counties (the city's value is their roll-up),
// except for the indicators measured only city-wide. 2017Q3–2020Q2 are APPROVED; 2020Q3 is the
// open period (mostly SUBMITTED, some DRAFT, two RETURNED, some missing). Each designed
// (target, region) pair follows a scenario from the tables below: a noisy path from the baseline
// that ends, at 2020Q2, where the scenario says relative to the straight line from the 2016
// baseline to the 2020 target. Every series is then checked with the app's own status computation
// (demo-scenario-check.ts: the target's TargetSpec, the approved figures, evaluateTarget as of
// 2020Q2 and 2020Q3) and redrawn until it gives the designed status.
// Hebei (2012Q2–2015Q4, 2012Q4 for the 2012 targets): province-level APPROVED figures; every
// target ends ACHIEVED or MISSED (checked the same way: as of 2020, long after its deadline).
import { formatPeriod } from "@/lib/domain/period";
import { indicators } from "./data/indicators";
import { FANGCHENGGANG_DOC_NUMBER, HEBEI_DOC_NUMBER, plans } from "./data/plans";
import { FANGCHENGGANG_CODE, FANGCHENGGANG_COUNTY_CODES } from "./data/regions";
import { responsibilities } from "./data/responsibilities";
import { explain } from "./demo-notes";
import { demoTargetSpec } from "./demo-scenario-check";
import {
  CITY_SCENARIOS,
  COUNTY_DENOMINATORS,
  COUNTY_SCENARIOS,
  DRAFT_ONLY_PAIRS,
  HEBEI_SCENARIOS,
  RETURNED_FIGURES,
  SCENARIO_LETTERS,
  SILENT_IN_OPEN_PERIOD,
  SINGLE_DENOMINATORS,
  type DemoScenario,
} from "./demo-scenario-tables";
import { buildSeries, dateToYear, DEMO_SEED, figureValues, generateDesignedSeries, parseQuarter, quarterRange, type Sample, type SeriesSpec } from "./demo-series";
import { pick, rngFor, type Rng } from "./random";
import type { SeedFigure, SeedFigureStatus, SeedIndicator, SeedPlan } from "./types";

export const DEMO_PERIODS = { first: "2017Q3", openPeriod: "2020Q3", last: "2020Q4" } as const;
export const HEBEI_DEMO_PERIODS = { first: "2012Q2", last: "2015Q4" } as const;

export type { DemoScenario };

export function demoTargetKey(docNumber: string, indicatorCode: string, regionCode: string): string {
  return `${docNumber}|${indicatorCode}|${regionCode}`;
}

export function demoFigureKey(indicatorCode: string, regionCode: string, year: number, quarter: number): string {
  return `${indicatorCode}|${regionCode}|${formatPeriod({ year, quarter })}`;
}

// ---------------------------------------------------------------------------------------------
// Assembling the figures

const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

function requirePlan(docNumber: string): SeedPlan {
  const plan = plans.find((candidate) => candidate.docNumber === docNumber);
  if (!plan) throw new Error(`Plan ${docNumber} missing`);
  return plan;
}

function requireIndicator(code: string): SeedIndicator {
  const indicator = indicatorByCode.get(code);
  if (!indicator) throw new Error(`Indicator ${code} missing`);
  return indicator;
}

function responsibleDepartment(indicatorCode: string, regionCode: string): string {
  const found = responsibilities.find((item) => item.indicatorCode === indicatorCode && item.regionCode === regionCode);
  if (!found) throw new Error(`No department reports ${indicatorCode} for ${regionCode}`);
  return found.departmentCode;
}

function scenarioFromLetter(letter: string | undefined, context: string): DemoScenario {
  const scenario = letter === undefined ? undefined : SCENARIO_LETTERS[letter];
  if (scenario === undefined) throw new Error(`Demo scenario table: bad entry for ${context}`);
  return scenario;
}

/** Designed (target, region) pairs of 防城港: county targets and the city-only indicators. */
function fangchenggangScenarios(): Map<string, DemoScenario> {
  const plan = requirePlan(FANGCHENGGANG_DOC_NUMBER);
  const result = new Map<string, DemoScenario>();
  const countyCodes: readonly string[] = FANGCHENGGANG_COUNTY_CODES;
  for (const target of plan.targets) {
    const column = countyCodes.indexOf(target.regionCode);
    if (column >= 0) {
      const row = COUNTY_SCENARIOS[target.indicatorCode];
      const letter = row?.[column];
      if (letter === "-") throw new Error(`Demo scenario table: ${target.indicatorCode} has a target in ${target.regionCode}`);
      result.set(`${target.indicatorCode}|${target.regionCode}`, scenarioFromLetter(letter, `${target.indicatorCode} ${target.regionCode}`));
    } else if (target.regionCode === FANGCHENGGANG_CODE && target.indicatorCode in CITY_SCENARIOS) {
      result.set(`${target.indicatorCode}|${target.regionCode}`, scenarioFromLetter(CITY_SCENARIOS[target.indicatorCode], target.indicatorCode));
    }
  }
  for (const [indicatorCode, row] of Object.entries(COUNTY_SCENARIOS)) {
    countyCodes.forEach((regionCode, column) => {
      if (row[column] !== "-" && !result.has(`${indicatorCode}|${regionCode}`)) {
        throw new Error(`Demo scenario table: ${indicatorCode} has no target in ${regionCode}`);
      }
    });
  }
  return result;
}

function buildDemoScenarios(): Record<string, DemoScenario> {
  const scenarios: Record<string, DemoScenario> = {};
  for (const [pair, scenario] of fangchenggangScenarios()) {
    const [indicatorCode = "", regionCode = ""] = pair.split("|");
    scenarios[demoTargetKey(FANGCHENGGANG_DOC_NUMBER, indicatorCode, regionCode)] = scenario;
  }
  for (const target of requirePlan(HEBEI_DOC_NUMBER).targets) {
    scenarios[demoTargetKey(HEBEI_DOC_NUMBER, target.indicatorCode, target.regionCode)] = scenarioFromLetter(
      HEBEI_SCENARIOS[target.indicatorCode],
      target.indicatorCode,
    );
  }
  return scenarios;
}

/**
 * The designed status of each demo target, keyed by demoTargetKey(docNumber, indicator, region):
 * 防城港's county targets and city-only targets, and Hebei's targets, as the app evaluates them as of
 * 2020Q2 and 2020Q3 (Hebei's long after their deadlines).
 * 防城港's city-wide targets that are rolled up from the counties are not designed, so not listed.
 */
export const DEMO_SCENARIOS: Readonly<Record<string, DemoScenario>> = buildDemoScenarios();

/** Reviewer comments for the RETURNED figures, keyed by demoFigureKey. */
export const DEMO_REVIEW_COMMENTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RETURNED_FIGURES).map(([pair, item]) => {
    const [indicatorCode = "", regionCode = ""] = pair.split("|");
    const open = parseQuarter(DEMO_PERIODS.openPeriod);
    return [demoFigureKey(indicatorCode, regionCode, open.year, open.quarter), item.reviewComment];
  }),
);

function toFigure(
  indicator: SeedIndicator,
  regionCode: string,
  sample: Sample,
  status: SeedFigureStatus,
  note: string,
  departmentCode: string,
): SeedFigure {
  return { indicatorCode: indicator.code, regionCode, ...figureValues(indicator, sample), note, status, departmentCode };
}

/** Status of a pair's figure in the open period, or null when it has not been entered. */
function openPeriodStatus(pair: string, departmentCode: string, regionCode: string, rng: Rng): SeedFigureStatus | null {
  if (pair in RETURNED_FIGURES) return "RETURNED";
  if (SILENT_IN_OPEN_PERIOD.has(`${departmentCode}|${regionCode}`)) return null;
  const draw = rng();
  if (draw < 0.08) return null;
  if (draw < 0.2) return "DRAFT";
  return "SUBMITTED";
}

function generateFangchenggangFigures(): SeedFigure[] {
  const plan = requirePlan(FANGCHENGGANG_DOC_NUMBER);
  const scenarios = fangchenggangScenarios();
  const quarters = quarterRange(DEMO_PERIODS.first, DEMO_PERIODS.openPeriod);
  const open = parseQuarter(DEMO_PERIODS.openPeriod);
  const officialCount = quarters.length - 1;
  const targetByPair = new Map(plan.targets.map((target) => [`${target.indicatorCode}|${target.regionCode}`, target]));
  const planIndicators = [...new Set(plan.targets.map((target) => target.indicatorCode))];
  const figures: SeedFigure[] = [];

  for (const indicatorCode of planIndicators) {
    const indicator = requireIndicator(indicatorCode);
    const cityOnly = indicatorCode in CITY_SCENARIOS;
    const regionCodes: readonly string[] = cityOnly ? [FANGCHENGGANG_CODE] : FANGCHENGGANG_COUNTY_CODES;
    regionCodes.forEach((regionCode, column) => {
      const pair = `${indicatorCode}|${regionCode}`;
      const departmentCode = responsibleDepartment(indicatorCode, regionCode);
      const target = targetByPair.get(pair) ?? null;
      const scenario = scenarios.get(pair) ?? null;
      const countyDenominator = COUNTY_DENOMINATORS[indicatorCode]?.[column];
      const spec: SeriesSpec = {
        indicator,
        quarters,
        officialCount,
        baselineEnd: 2017,
        planStart: dateToYear(plan.periodStart),
        deadlineEnd: 2021,
        denominator:
          countyDenominator !== undefined && !cityOnly
            ? { base: countyDenominator, spread: 0.2 }
            : (SINGLE_DENOMINATORS[indicatorCode] ?? null),
      };
      const noteRng = rngFor(DEMO_SEED, pair, "notes");
      const openRng = rngFor(DEMO_SEED, pair, "open");

      if (scenario === "NO_DATA") {
        if (DRAFT_ONLY_PAIRS.has(pair) && target !== null) {
          const openSample = buildSeries(spec, target, "ON_TRACK", rngFor(DEMO_SEED, pair), 1).at(-1);
          if (openSample) figures.push(toFigure(indicator, regionCode, openSample, "DRAFT", "首次填报，数据待核实", departmentCode));
        }
        return;
      }

      // A county without a share of a small count reports zeros.
      const samples =
        target !== null && scenario !== null
          ? generateDesignedSeries(spec, target, demoTargetSpec(target, indicator, plan), scenario, pair)
          : quarters.map((quarter) => ({ quarter, value: 0, numerator: null, denominator: null }));
      const weak = scenario === "OFF_TRACK" || scenario === "AT_RISK";

      samples.forEach((sample, index) => {
        const isOpen = sample.quarter.year === open.year && sample.quarter.quarter === open.quarter;
        const previous = samples[index - 1];
        const sharpDrop = indicator.kind === "RATE" && previous !== undefined && previous.value - sample.value > 3;
        const recent = index >= officialCount - 2;
        let note = "";
        if ((weak && recent) || sharpDrop) note = explain(indicatorCode, sample.quarter, noteRng);
        if (!isOpen) {
          figures.push(toFigure(indicator, regionCode, sample, "APPROVED", note, departmentCode));
          return;
        }
        const status = openPeriodStatus(pair, departmentCode, regionCode, openRng);
        if (status === null) return;
        const returned = RETURNED_FIGURES[pair];
        const entered = returned?.value === undefined ? sample : { ...sample, value: returned.value };
        figures.push(toFigure(indicator, regionCode, entered, status, returned?.note ?? note, departmentCode));
      });
    });
  }
  return figures;
}

const HEBEI_MISSED_NOTES = [
  "受钢铁、水泥等行业压减产能影响，部分企业停产减产",
  "企业申报积极性不高，已加强政策引导和培育辅导",
  "部分市县工作进展不平衡，已列入督查通报",
] as const;

function generateHebeiFigures(): SeedFigure[] {
  const plan = requirePlan(HEBEI_DOC_NUMBER);
  const figures: SeedFigure[] = [];
  for (const target of plan.targets) {
    const indicator = requireIndicator(target.indicatorCode);
    const pair = `${target.indicatorCode}|${target.regionCode}`;
    const scenario = scenarioFromLetter(HEBEI_SCENARIOS[target.indicatorCode], target.indicatorCode);
    const last = target.deadlineYear === 2012 ? "2012Q4" : HEBEI_DEMO_PERIODS.last;
    const quarters = quarterRange(HEBEI_DEMO_PERIODS.first, last);
    const spec: SeriesSpec = {
      indicator,
      quarters,
      officialCount: quarters.length,
      baselineEnd: 2012,
      planStart: dateToYear(plan.periodStart),
      deadlineEnd: target.deadlineYear + 1,
      denominator: SINGLE_DENOMINATORS[target.indicatorCode] ?? null,
    };
    const samples = generateDesignedSeries(spec, target, demoTargetSpec(target, indicator, plan), scenario, `${HEBEI_DOC_NUMBER}|${pair}`);
    const departmentCode = responsibleDepartment(target.indicatorCode, target.regionCode);
    const noteRng = rngFor(DEMO_SEED, pair, "notes");
    samples.forEach((sample, index) => {
      const note = scenario === "MISSED" && index === samples.length - 1 ? pick(noteRng, HEBEI_MISSED_NOTES) : "";
      figures.push(toFigure(indicator, target.regionCode, sample, "APPROVED", note, departmentCode));
    });
  }
  return figures;
}

/** All demo figures, identical on every call. */
export function generateDemoFigures(): SeedFigure[] {
  return [...generateFangchenggangFigures(), ...generateHebeiFigures()];
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toTargetSpec } from "@/lib/data/evaluation/spec";
import { evaluateTarget } from "@/lib/domain";
import { indicators } from "@/prisma/seed/data/indicators";
import { FANGCHENGGANG_DOC_NUMBER, HEBEI_DOC_NUMBER, plans } from "@/prisma/seed/data/plans";
import { FANGCHENGGANG_CODE, FANGCHENGGANG_COUNTY_CODES } from "@/prisma/seed/data/regions";
import { responsibilities } from "@/prisma/seed/data/responsibilities";
import {
  DEMO_PERIODS,
  DEMO_REVIEW_COMMENTS,
  DEMO_SCENARIOS,
  demoFigureKey,
  demoTargetKey,
  generateDemoFigures,
  HEBEI_DEMO_PERIODS,
  type DemoScenario,
} from "@/prisma/seed/demo-figures";
import { mulberry32, rngFor } from "@/prisma/seed/random";
import type { SeedFigure, SeedTarget } from "@/prisma/seed/types";

const figures = generateDemoFigures();
const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
const countyCodes: readonly string[] = FANGCHENGGANG_COUNTY_CODES;

function periodIndex(year: number, quarter: number): number {
  return year * 4 + quarter - 1;
}

function parsePeriod(label: string): number {
  return periodIndex(Number(label.slice(0, 4)), Number(label.slice(5)));
}

function requirePlan(docNumber: string) {
  const plan = plans.find((candidate) => candidate.docNumber === docNumber);
  if (!plan) throw new Error(docNumber);
  return plan;
}

// The app's own status computation (lib/data/evaluation/spec.ts, lib/domain), applied to the
// approved figures as stored: the target as demo.ts writes it, judged as of the given quarter.
function officialStatus(target: SeedTarget, planStart: string, asOf: string): DemoScenario {
  const indicator = indicatorByCode.get(target.indicatorCode);
  if (!indicator) throw new Error(target.indicatorCode);
  const spec = toTargetSpec({
    ...target,
    deadlineQuarter: null,
    indicator: { kind: indicator.kind, direction: indicator.direction },
    plan: { periodStart: new Date(planStart) },
  });
  const observations = figures
    .filter((figure) => figure.indicatorCode === target.indicatorCode && figure.regionCode === target.regionCode && figure.status === "APPROVED")
    .map((figure) => ({ ...figure, periodIndex: periodIndex(figure.year, figure.quarter) }));
  return evaluateTarget(spec, observations, parsePeriod(asOf)).status;
}

describe("random", () => {
  it("repeats a sequence for the same seed and differs between keys", () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const a = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(a);
    expect(rngFor(1, "x")()).not.toBe(rngFor(1, "y")());
    for (const value of a) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe("demo figures", () => {
  it("are the same on every run", () => {
    expect(generateDemoFigures()).toEqual(figures);
    const source = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/seed/demo-figures.ts"), "utf8");
    expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(/);
  });

  it("are unique per indicator, region and quarter", () => {
    const keys = figures.map((figure) => demoFigureKey(figure.indicatorCode, figure.regionCode, figure.year, figure.quarter));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("exist only for pairs with a target or a responsibility, entered by the responsible department", () => {
    const targetPairs = new Set(plans.flatMap((plan) => plan.targets.map((t) => `${t.indicatorCode}|${t.regionCode}`)));
    const department = new Map(responsibilities.map((item) => [`${item.indicatorCode}|${item.regionCode}`, item.departmentCode]));
    for (const figure of figures) {
      const pair = `${figure.indicatorCode}|${figure.regionCode}`;
      expect(targetPairs.has(pair) || department.has(pair), pair).toBe(true);
      expect(figure.departmentCode, pair).toBe(department.get(pair));
    }
  });

  it("enter rates as integer numerator ≤ denominator and other kinds as a value", () => {
    for (const figure of figures) {
      const kind = indicatorByCode.get(figure.indicatorCode)?.kind;
      if (kind === "RATE") {
        expect(figure.value).toBeNull();
        expect(Number.isInteger(figure.numerator)).toBe(true);
        expect(Number.isInteger(figure.denominator)).toBe(true);
        expect(figure.numerator ?? -1).toBeGreaterThanOrEqual(0);
        expect(figure.denominator ?? 0).toBeGreaterThan(0);
        expect(figure.numerator ?? Infinity).toBeLessThanOrEqual(figure.denominator ?? 0);
      } else {
        expect(figure.numerator).toBeNull();
        expect(figure.denominator).toBeNull();
        expect(figure.value ?? -1).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("keep FLOW counts as small non-negative integers", () => {
    for (const figure of figures) {
      const indicator = indicatorByCode.get(figure.indicatorCode);
      if (indicator?.kind !== "FLOW" || indicator.decimals > 0) continue;
      expect(Number.isInteger(figure.value)).toBe(true);
      if (figure.regionCode !== "130000") expect(figure.value ?? 99).toBeLessThanOrEqual(5);
    }
  });

  it("enter 防城港 at county level, and at city level only for city-wide indicators", () => {
    const cityIndicators = new Set(
      figures.filter((figure) => figure.regionCode === FANGCHENGGANG_CODE).map((figure) => figure.indicatorCode),
    );
    expect(cityIndicators.size).toBeGreaterThanOrEqual(2);
    const countyTargets = requirePlan(FANGCHENGGANG_DOC_NUMBER).targets.filter((t) => countyCodes.includes(t.regionCode));
    for (const code of cityIndicators) expect(countyTargets.some((t) => t.indicatorCode === code)).toBe(false);
  });

  it("cover the demo periods, approved before the open period and mixed within it", () => {
    const open = parsePeriod(DEMO_PERIODS.openPeriod);
    const fcg = figures.filter((figure) => figure.regionCode.startsWith("4506"));
    const indexes = fcg.map((figure) => periodIndex(figure.year, figure.quarter));
    expect(Math.min(...indexes)).toBe(parsePeriod(DEMO_PERIODS.first));
    expect(Math.max(...indexes)).toBe(open);
    for (const figure of fcg) {
      if (periodIndex(figure.year, figure.quarter) < open) expect(figure.status).toBe("APPROVED");
    }
    const openStatuses = fcg.filter((figure) => periodIndex(figure.year, figure.quarter) === open).map((figure) => figure.status);
    const count = (status: SeedFigure["status"]) => openStatuses.filter((item) => item === status).length;
    expect(count("SUBMITTED")).toBeGreaterThan(count("DRAFT"));
    expect(count("DRAFT")).toBeGreaterThan(0);
    expect(count("RETURNED")).toBeGreaterThanOrEqual(1);
    expect(count("RETURNED")).toBeLessThanOrEqual(2);
    expect(count("APPROVED")).toBe(0);
    // Some expected figures are missing in the open period.
    const expectedPairs = new Set(fcg.map((figure) => `${figure.indicatorCode}|${figure.regionCode}`));
    expect(openStatuses.length).toBeLessThan(expectedPairs.size);
    for (const figure of figures.filter((item) => item.status === "RETURNED")) {
      expect(figure.note.length).toBeGreaterThan(0);
      expect(DEMO_REVIEW_COMMENTS[demoFigureKey(figure.indicatorCode, figure.regionCode, figure.year, figure.quarter)]).toBeTruthy();
    }
  });

  it("give Hebei province-level approved figures from 2012Q2 to 2015Q4", () => {
    const hebei = figures.filter((figure) => figure.regionCode.startsWith("13"));
    expect(hebei.every((figure) => figure.regionCode === "130000" && figure.status === "APPROVED")).toBe(true);
    const indexes = hebei.map((figure) => periodIndex(figure.year, figure.quarter));
    expect(Math.min(...indexes)).toBe(parsePeriod(HEBEI_DEMO_PERIODS.first));
    expect(Math.max(...indexes)).toBe(parsePeriod(HEBEI_DEMO_PERIODS.last));
  });

  it("include exactly one county rate with a small sample (denominator < 30)", () => {
    const small = new Set(
      figures
        .filter((figure) => countyCodes.includes(figure.regionCode) && figure.denominator !== null && figure.denominator < 30)
        .map((figure) => `${figure.indicatorCode}|${figure.regionCode}`),
    );
    expect([...small]).toEqual(["FOOD_SPOT_PASS|450621"]);
  });

  it("explain weak values in the notes", () => {
    const notes = figures.filter((figure) => figure.note.length > 0);
    expect(notes.length).toBeGreaterThan(20);
    expect(notes.some((figure) => figure.note.includes("台风"))).toBe(true);
  });
});

describe("demo scenarios", () => {
  it("cover every status", () => {
    const occurring = new Set(Object.values(DEMO_SCENARIOS));
    for (const scenario of ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA", "MISSED"] as const) {
      expect(occurring.has(scenario), scenario).toBe(true);
    }
  });

  it("name existing targets: every 防城港 county target and every Hebei target", () => {
    const fangchenggang = requirePlan(FANGCHENGGANG_DOC_NUMBER);
    const hebei = requirePlan(HEBEI_DOC_NUMBER);
    const keys = new Set([
      ...fangchenggang.targets.map((t) => demoTargetKey(FANGCHENGGANG_DOC_NUMBER, t.indicatorCode, t.regionCode)),
      ...hebei.targets.map((t) => demoTargetKey(HEBEI_DOC_NUMBER, t.indicatorCode, t.regionCode)),
    ]);
    for (const key of Object.keys(DEMO_SCENARIOS)) expect(keys.has(key), key).toBe(true);
    for (const t of fangchenggang.targets.filter((target) => countyCodes.includes(target.regionCode))) {
      expect(DEMO_SCENARIOS[demoTargetKey(FANGCHENGGANG_DOC_NUMBER, t.indicatorCode, t.regionCode)]).toBeDefined();
    }
    for (const t of hebei.targets) {
      expect(["ACHIEVED", "MISSED"]).toContain(DEMO_SCENARIOS[demoTargetKey(HEBEI_DOC_NUMBER, t.indicatorCode, t.regionCode)]);
    }
  });

  it("come out of the figures under the app's status rule (as of 2020Q2 and the open period 2020Q3)", () => {
    const mismatches: string[] = [];
    for (const plan of plans) {
      for (const target of plan.targets) {
        const key = demoTargetKey(plan.docNumber ?? "", target.indicatorCode, target.regionCode);
        const designed = DEMO_SCENARIOS[key];
        if (designed === undefined) continue;
        for (const asOf of ["2020Q2", DEMO_PERIODS.openPeriod]) {
          const actual = officialStatus(target, plan.periodStart, asOf);
          if (actual !== designed) mismatches.push(`${key} as of ${asOf}: designed ${designed}, computed ${actual}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("give red and yellow cards: two off-track rates in one county, one in another", () => {
    const offTrackRates = new Map<string, number>();
    for (const [key, scenario] of Object.entries(DEMO_SCENARIOS)) {
      const [doc, indicatorCode = "", regionCode = ""] = key.split("|");
      if (doc !== FANGCHENGGANG_DOC_NUMBER || scenario !== "OFF_TRACK") continue;
      if (indicatorByCode.get(indicatorCode)?.kind !== "RATE") continue;
      offTrackRates.set(regionCode, (offTrackRates.get(regionCode) ?? 0) + 1);
    }
    const counts = [...offTrackRates.values()].sort();
    expect(counts).toEqual([1, 2]);
  });

  it("give each county a different profile", () => {
    const profiles = FANGCHENGGANG_COUNTY_CODES.map((regionCode) => {
      const tally: Record<string, number> = {};
      for (const [key, scenario] of Object.entries(DEMO_SCENARIOS)) {
        if (key.endsWith(`|${regionCode}`)) tally[scenario] = (tally[scenario] ?? 0) + 1;
      }
      return tally;
    });
    const good = profiles.map((tally) => (tally.ACHIEVED ?? 0) + (tally.ON_TRACK ?? 0));
    const [gangkou = 0, fangcheng = 0, shangsi = 0, dongxing = 0] = good;
    expect(dongxing).toBeGreaterThan(fangcheng);
    expect(gangkou).toBeGreaterThan(fangcheng);
    expect(fangcheng).toBeGreaterThan(shangsi);
    expect(new Set(profiles.map((tally) => JSON.stringify(tally))).size).toBe(4);
  });
});

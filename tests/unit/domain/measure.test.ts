import { describe, expect, it } from "vitest";
import {
  indexByPeriod,
  isPoolable,
  measuredSeries,
  observationValue,
  rateCounts,
  rateValue,
  type Observation,
} from "@/lib/domain/measure";

// 2018Q1 = 8072 … 2018Q4 = 8075, 2019Q1 = 8076.
const Q = (year: number, quarter: number) => year * 4 + quarter - 1;
const rate = (periodIndex: number, numerator: number, denominator: number): Observation => ({
  periodIndex,
  value: null,
  numerator,
  denominator,
});
const val = (periodIndex: number, value: number | null): Observation => ({
  periodIndex,
  value,
  numerator: null,
  denominator: null,
});
const pick = (points: { periodIndex: number; value: number }[]) =>
  points.map((p) => [p.periodIndex, Number(p.value.toFixed(6))]);

describe("rateValue / rateCounts / observationValue", () => {
  it("is a percentage of numerator over denominator", () => {
    expect(rateValue(45, 50)).toBe(90);
    expect(rateValue(0, 20)).toBe(0);
    expect(rateValue(1, 3)).toBeCloseTo(33.333333, 5);
  });

  it("has no value for a zero, negative or missing denominator", () => {
    expect(rateValue(0, 0)).toBeNull();
    expect(rateValue(5, 0)).toBeNull();
    expect(rateValue(5, -10)).toBeNull();
    expect(rateValue(5, null)).toBeNull();
    expect(rateValue(null, 10)).toBeNull();
    expect(rateValue(-1, 10)).toBeNull();
    expect(rateValue(Number.NaN, 10)).toBeNull();
  });

  it("recomputes a RATE from its counts, ignoring a typed value", () => {
    expect(observationValue("RATE", { periodIndex: 1, value: 99, numerator: 45, denominator: 50 })).toBe(90);
    expect(rateCounts({ periodIndex: 1, value: 99, numerator: 45, denominator: 50 })).toEqual({
      numerator: 45,
      denominator: 50,
    });
  });

  it("gives a RATE with a zero denominator no usable value, even with a typed value", () => {
    expect(observationValue("RATE", { periodIndex: 1, value: 90, numerator: 0, denominator: 0 })).toBeNull();
    expect(isPoolable("RATE", { periodIndex: 1, value: 90, numerator: 0, denominator: 0 })).toBe(false);
  });

  it("falls back to an entered percentage when a RATE has no counts", () => {
    expect(observationValue("RATE", val(1, 91.5))).toBe(91.5);
    expect(isPoolable("RATE", val(1, 91.5))).toBe(false);
    expect(observationValue("RATE", val(1, null))).toBeNull();
  });

  it("uses the value of STOCK and FLOW figures", () => {
    expect(observationValue("STOCK", val(1, 12))).toBe(12);
    expect(observationValue("FLOW", val(1, null))).toBeNull();
    expect(isPoolable("FLOW", val(1, 0))).toBe(true);
  });

  it("keeps the later of two figures for the same quarter, in period order", () => {
    const map = indexByPeriod([val(3, 1), val(1, 5), val(3, 2)]);
    expect([...map.keys()]).toEqual([1, 3]);
    expect(map.get(3)?.value).toBe(2);
  });
});

describe("measuredSeries LEVEL", () => {
  const opts = { startIndex: Q(2018, 1), baselineValue: null };

  it("RATE: each quarter's own rate, skipping zero denominators", () => {
    const points = measuredSeries(
      "RATE",
      "LEVEL",
      [rate(Q(2017, 4), 80, 100), rate(Q(2018, 1), 45, 50), rate(Q(2018, 2), 0, 0), val(Q(2018, 3), 88)],
      opts,
    );
    // Quarters before the plan start are history of the same quantity and are kept.
    expect(pick(points)).toEqual([
      [Q(2017, 4), 80],
      [Q(2018, 1), 90],
      [Q(2018, 3), 88],
    ]);
    expect(points.map((p) => p.denominator)).toEqual([100, 50, null]);
  });

  it("STOCK and FLOW: each quarter's own value; a missing quarter is skipped, not zero", () => {
    const obs = [val(Q(2018, 1), 20), val(Q(2018, 2), null), val(Q(2018, 3), 23)];
    expect(pick(measuredSeries("STOCK", "LEVEL", obs, opts))).toEqual([
      [Q(2018, 1), 20],
      [Q(2018, 3), 23],
    ]);
    expect(pick(measuredSeries("FLOW", "LEVEL", obs, opts))).toEqual([
      [Q(2018, 1), 20],
      [Q(2018, 3), 23],
    ]);
  });
});

describe("measuredSeries CUMULATIVE", () => {
  const start = Q(2018, 1);

  it("RATE: Σnum/Σden since the start, not the mean of the rates", () => {
    const points = measuredSeries(
      "RATE",
      "CUMULATIVE",
      [rate(Q(2017, 4), 1, 100), rate(Q(2018, 1), 45, 50), rate(Q(2018, 2), 3, 0), rate(Q(2018, 3), 95, 100)],
      { startIndex: start, baselineValue: null },
    );
    // (45 + 95) / (50 + 100) = 93.33 %; the mean of 90 % and 95 % would be 92.5 %.
    expect(pick(points)).toEqual([
      [Q(2018, 1), 90],
      [Q(2018, 3), 93.333333],
    ]);
    expect(points.map((p) => p.denominator)).toEqual([50, 150]);
    expect(points.map((p) => p.missing)).toEqual([0, 1]);
  });

  it("FLOW: Σ since the start (新增名牌 30 个); a missing quarter adds nothing and is noted", () => {
    const points = measuredSeries(
      "FLOW",
      "CUMULATIVE",
      [val(Q(2017, 4), 5), val(Q(2018, 1), 2), val(Q(2018, 2), null), val(Q(2018, 3), 3), val(Q(2018, 4), 0)],
      { startIndex: start, baselineValue: 99 },
    );
    expect(pick(points)).toEqual([
      [Q(2018, 1), 2],
      [Q(2018, 3), 5],
      [Q(2018, 4), 5],
    ]);
    expect(points.map((p) => p.missing)).toEqual([0, 1, 1]);
  });

  it("STOCK: level minus the baseline level", () => {
    const obs = [val(Q(2017, 4), 18), val(Q(2018, 1), 22), val(Q(2018, 3), 25)];
    expect(pick(measuredSeries("STOCK", "CUMULATIVE", obs, { startIndex: start, baselineValue: 20 }))).toEqual([
      [Q(2018, 1), 2],
      [Q(2018, 3), 5],
    ]);
  });

  it("STOCK without a baseline: minus the level of the quarter before the start", () => {
    const obs = [val(Q(2017, 4), 18), val(Q(2018, 1), 22), val(Q(2018, 3), 25)];
    expect(pick(measuredSeries("STOCK", "CUMULATIVE", obs, { startIndex: start, baselineValue: null }))).toEqual([
      [Q(2018, 1), 4],
      [Q(2018, 3), 7],
    ]);
  });

  it("STOCK with neither: minus the first level reported from the start", () => {
    const obs = [val(Q(2018, 2), 22), val(Q(2018, 3), 25)];
    expect(pick(measuredSeries("STOCK", "CUMULATIVE", obs, { startIndex: start, baselineValue: null }))).toEqual([
      [Q(2018, 2), 0],
      [Q(2018, 3), 3],
    ]);
  });
});

describe("measuredSeries ANNUAL (the four quarters ending at each quarter)", () => {
  const opts = { startIndex: Q(2018, 1), baselineValue: null };

  it("RATE: Σnum/Σden over the rolling year; at Q4 the calendar year", () => {
    const obs = [
      rate(Q(2018, 1), 45, 50),
      rate(Q(2018, 2), 90, 100),
      rate(Q(2018, 3), 80, 100),
      rate(Q(2018, 4), 190, 200),
      rate(Q(2019, 1), 100, 100),
    ];
    const points = measuredSeries("RATE", "ANNUAL", obs, opts);
    // 2018: 405 / 450 = 90 %; 2018Q2–2019Q1: 460 / 500 = 92 %.
    expect(pick(points)).toEqual([
      [Q(2018, 1), 90],
      [Q(2018, 2), 90],
      [Q(2018, 3), 86],
      [Q(2018, 4), 90],
      [Q(2019, 1), 92],
    ]);
    expect(points.map((p) => p.denominator)).toEqual([50, 150, 250, 450, 500]);
    expect(points.map((p) => p.missing)).toEqual([3, 2, 1, 0, 0]);
  });

  it("RATE: a quarter entered as a bare percentage cannot be pooled", () => {
    const points = measuredSeries("RATE", "ANNUAL", [rate(Q(2018, 1), 45, 50), val(Q(2018, 2), 99)], opts);
    expect(pick(points)).toEqual([[Q(2018, 1), 90]]);
  });

  it("FLOW: Σ over the rolling year, missing quarters noted", () => {
    const full = [val(Q(2018, 1), 1), val(Q(2018, 2), 2), val(Q(2018, 3), 3), val(Q(2018, 4), 4), val(Q(2019, 1), 5)];
    const points = measuredSeries("FLOW", "ANNUAL", full, opts);
    expect(pick(points).slice(3)).toEqual([
      [Q(2018, 4), 10],
      [Q(2019, 1), 14],
    ]);
    const gappy = measuredSeries("FLOW", "ANNUAL", [val(Q(2018, 1), 1), val(Q(2018, 2), 2), val(Q(2018, 4), 4)], opts);
    expect(gappy.at(-1)).toEqual({ periodIndex: Q(2018, 4), value: 7, denominator: null, missing: 1 });
  });

  it("STOCK: level minus the level four quarters earlier (end of the previous year at Q4)", () => {
    const obs = [val(Q(2017, 4), 10), val(Q(2018, 4), 16), val(Q(2019, 1), 17)];
    // 2019Q1 has no level four quarters back (2018Q1), so no annual change is defined there.
    expect(pick(measuredSeries("STOCK", "ANNUAL", obs, opts))).toEqual([[Q(2018, 4), 6]]);
  });

  it("STOCK: the baseline stands in for the level just before the start", () => {
    const obs = [val(Q(2018, 4), 16), val(Q(2019, 1), 17)];
    expect(pick(measuredSeries("STOCK", "ANNUAL", obs, { startIndex: Q(2018, 1), baselineValue: 9 }))).toEqual([
      [Q(2018, 4), 7],
    ]);
  });
});

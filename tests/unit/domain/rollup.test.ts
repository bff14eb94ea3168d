import { describe, expect, it } from "vitest";
import type { Observation } from "@/lib/domain/measure";
import { combineOverTime, combineRegions, rollUpValue } from "@/lib/domain/rollup";

const P = 8082; // 2020Q3
const r = (numerator: number, denominator: number, periodIndex = P): Observation => ({
  periodIndex,
  value: null,
  numerator,
  denominator,
});
const v = (value: number | null, periodIndex = P): Observation => ({
  periodIndex,
  value,
  numerator: null,
  denominator: null,
});

describe("combineRegions", () => {
  it("RATE: Σnum/Σden, never the mean of the rates", () => {
    // A county with 10 batches at 90 % and one with 1,000 at 95 %: 959/1010 = 94.95 %, not 92.5 %.
    const combined = combineRegions("RATE", [r(9, 10), r(950, 1000)]);
    expect(combined).toMatchObject({ periodIndex: P, numerator: 959, denominator: 1010 });
    expect(combined?.value).toBeCloseTo(94.950495, 5);
  });

  it("RATE: ignores parts with zero denominators, missing counts or bare percentages", () => {
    const combined = combineRegions("RATE", [r(45, 50), r(0, 0), r(3, 0), v(99), v(null), r(90, 100)]);
    expect(combined).toMatchObject({ numerator: 135, denominator: 150, value: 90 });
  });

  it("STOCK and FLOW: sums, skipping parts with no value", () => {
    expect(combineRegions("STOCK", [v(3), v(null), v(4)])).toEqual({ periodIndex: P, value: 7, numerator: null, denominator: null });
    expect(combineRegions("FLOW", [v(1.5), v(2.25)])?.value).toBe(3.75);
    expect(combineRegions("FLOW", [v(0), v(null)])?.value).toBe(0);
  });

  it("is null when no part has a usable value", () => {
    expect(combineRegions("RATE", [r(0, 0), v(null)])).toBeNull();
    expect(combineRegions("STOCK", [v(null)])).toBeNull();
    expect(combineRegions("FLOW", [])).toBeNull();
  });
});

describe("combineOverTime", () => {
  it("RATE: Σnum/Σden over the quarters", () => {
    const year = combineOverTime("RATE", [r(45, 50, 8080), r(90, 100, 8081), r(80, 100, 8082), r(190, 200, 8083)]);
    expect(year).toMatchObject({ periodIndex: 8083, numerator: 405, denominator: 450, value: 90 });
  });

  it("STOCK: the latest level by period, whatever the input order", () => {
    expect(combineOverTime("STOCK", [v(12, 8083), v(10, 8080), v(null, 8084), v(11, 8081)])?.value).toBe(12);
  });

  it("FLOW: the sum of the quarters", () => {
    const year = combineOverTime("FLOW", [v(2, 8080), v(null, 8081), v(3, 8082), v(4, 8083)]);
    expect(year).toMatchObject({ value: 9, periodIndex: 8083 });
  });

  it("is null with nothing usable", () => {
    expect(combineOverTime("STOCK", [v(null)])).toBeNull();
    expect(combineOverTime("RATE", [])).toBeNull();
  });
});

describe("rollUpValue", () => {
  it("the region's own figure wins over its children", () => {
    const own = r(80, 100);
    const result = rollUpValue("RATE", own, [r(9, 10), null]);
    expect(result.source).toBe("OWN");
    expect(result.observation).toBe(own);
    expect(result.coverage).toEqual({ reporting: 1, expected: 2 });
  });

  it("combines the children when there is no own figure", () => {
    const result = rollUpValue("RATE", null, [r(9, 10), r(950, 1000), null, r(0, 0)]);
    expect(result.source).toBe("CHILDREN");
    expect(result.observation).toMatchObject({ numerator: 959, denominator: 1010 });
    expect(result.coverage).toEqual({ reporting: 2, expected: 4 });
  });

  it("an own figure without a usable value does not hide the children", () => {
    const result = rollUpValue("STOCK", v(null), [v(3), v(4), v(5)]);
    expect(result).toMatchObject({ source: "CHILDREN", coverage: { reporting: 3, expected: 3 } });
    expect(result.observation?.value).toBe(12);
    expect(rollUpValue("RATE", r(5, 0), [r(9, 10)]).source).toBe("CHILDREN");
  });

  it("reports NONE, with coverage, when nobody has a figure", () => {
    expect(rollUpValue("FLOW", null, [null, v(null), null])).toEqual({
      observation: null,
      source: "NONE",
      coverage: { reporting: 0, expected: 3 },
    });
    expect(rollUpValue("FLOW", null, [])).toMatchObject({ source: "NONE", coverage: { reporting: 0, expected: 0 } });
  });

  it("counts a child's bare percentage as not reporting for a RATE (it cannot be pooled)", () => {
    const result = rollUpValue("RATE", null, [v(99), r(45, 50)]);
    expect(result.coverage).toEqual({ reporting: 1, expected: 2 });
    expect(result.observation?.value).toBe(90);
  });
});

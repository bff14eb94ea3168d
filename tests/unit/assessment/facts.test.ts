// The engine's facts from the product's targets and quarterly figures.
import { describe, expect, it } from "vitest";
import { indicatorFacts, targetFacts, yearFigure } from "@/lib/domain/assessment";
import type { Observation } from "@/lib/domain/measure";
import { periodIndex } from "@/lib/domain/period";

const q = (year: number, quarter: 1 | 2 | 3 | 4, value: number | null, numerator: number | null = null, denominator: number | null = null): Observation => ({
  periodIndex: periodIndex({ year, quarter }),
  value,
  numerator,
  denominator,
});

describe("yearFigure", () => {
  it("sums a FLOW over the year's quarters", () => {
    expect(yearFigure("FLOW", [q(2019, 4, 9), q(2020, 1, 1), q(2020, 2, 0), q(2020, 3, 2), q(2020, 4, 1), q(2021, 1, 5)], 2020)).toEqual({ value: 4, missing: 0 });
  });

  it("pools a RATE over the year (Σ numerators ÷ Σ denominators), not an average of rates", () => {
    const figure = yearFigure("RATE", [q(2020, 1, 90, 9, 10), q(2020, 2, 100, 10, 10), q(2020, 3, 95, 19, 20), q(2020, 4, 97.5, 39, 40)], 2020);
    expect(figure?.value).toBeCloseTo((77 / 80) * 100, 10);
  });

  it("takes a STOCK's level at the year's end", () => {
    expect(yearFigure("STOCK", [q(2020, 2, 5), q(2020, 4, 7)], 2020)).toEqual({ value: 7, missing: 0 });
  });

  it("counts missing quarters, and has no figure without the fourth quarter", () => {
    expect(yearFigure("FLOW", [q(2020, 1, 1), q(2020, 4, 1)], 2020)).toEqual({ value: 2, missing: 2 });
    expect(yearFigure("FLOW", [q(2020, 1, 1), q(2020, 2, 1), q(2020, 3, 1)], 2020)).toBeNull();
    expect(yearFigure("RATE", [q(2020, 4, 95)], 2020)).toBeNull();
  });
});

describe("indicatorFacts", () => {
  const observations = [q(2019, 1, 1), q(2019, 2, 1), q(2019, 3, 1), q(2019, 4, 1), q(2020, 1, 2), q(2020, 4, 3)];

  it("gives this year's and last year's figures, refusing a partial year unless allowed", () => {
    const base = { kind: "FLOW", direction: "HIGHER_IS_BETTER", observations, year: 2020, target: null } as const;
    expect(indicatorFacts(base)).toEqual({ direction: "HIGHER_IS_BETTER", yearValue: null, lastYearValue: 4, target: null });
    expect(indicatorFacts({ ...base, allowPartialYear: true }).yearValue).toBe(5);
  });
});

describe("targetFacts", () => {
  it("reads status, judged value and baseline from the evaluation", () => {
    const facts = targetFacts(
      { comparator: "GTE", targetValue: 95 },
      { status: "AT_RISK", latest: { periodIndex: periodIndex({ year: 2020, quarter: 4 }), value: 93.1 }, baseline: 91 },
      "产品质量",
      2,
    );
    expect(facts).toEqual({ area: "产品质量", status: "AT_RISK", value: 93.1, targetValue: 95, comparator: "GTE", baseline: 91, weight: 2 });
    expect(targetFacts({ comparator: "LTE", targetValue: 1 }, { status: "NO_DATA", latest: null, baseline: null }, null, 1).value).toBeNull();
  });
});

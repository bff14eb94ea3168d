// Rules that read shares of an area, counts, last year's figure and ranks; manual rules.
import { describe, expect, it } from "vitest";
import { applyRule, bandShare, type GrowthRule, type RankRule, type ShareRule } from "@/lib/domain/assessment";
import { context, indicator, region, target, withIndicator } from "./factories";

describe("share rule", () => {
  const rule: ShareRule = { kind: "share", area: "品牌建设", credited: ["ACHIEVED"], noTarget: "ZERO" };
  const brands = region("450602", {
    indicators: {
      A: indicator({ target: target({ area: "品牌建设", status: "ACHIEVED" }) }),
      B: indicator({ target: target({ area: "品牌建设", status: "ON_TRACK" }) }),
      C: indicator({ target: target({ area: "品牌建设", status: "NO_DATA", value: null }) }),
      D: indicator({ target: target({ area: "品牌建设", status: "ACHIEVED" }) }),
      E: indicator({ target: target({ area: "标准化", status: "MISSED" }) }),
      F: indicator({ target: null }),
    },
  });

  it("gives points × the share of the area's targets achieved, NO_DATA counting as not", () => {
    const result = applyRule(rule, 10, context(brands));
    expect(result.points).toBeCloseTo(5, 10);
    expect(result.explanation).toEqual({ kind: "share", outcome: "SCORED", credited: 2, targets: 4, share: 0.5 });
  });

  it("credits the statuses the rule names", () => {
    expect(applyRule({ ...rule, credited: ["ACHIEVED", "ON_TRACK"] }, 10, context(brands)).points).toBeCloseTo(7.5, 10);
  });

  it("weighs targets by their weight", () => {
    const weighted = region("450602", {
      indicators: {
        A: indicator({ target: target({ area: "品牌建设", status: "ACHIEVED", weight: 3 }) }),
        B: indicator({ target: target({ area: "品牌建设", status: "MISSED", weight: 1 }) }),
      },
    });
    expect(applyRule(rule, 8, context(weighted)).points).toBeCloseTo(6, 10);
  });

  it("applies the no-target policy to an area without targets", () => {
    const none = applyRule(rule, 10, context(withIndicator("E", indicator({ target: target({ area: "标准化" }) }))));
    expect(none).toEqual({ points: 0, explanation: { kind: "share", outcome: "NO_TARGET", credited: 0, targets: 0, share: 0 } });
    expect(applyRule({ ...rule, noTarget: "FULL" }, 10, context(region("450602"))).points).toBe(10);
  });
});

describe("count rule", () => {
  const brands = { kind: "count", source: { indicatorCode: "GX_BRAND_NEW" }, perItem: 0.5 } as const;

  it("gives points per item up to the item's maximum (0.5 per brand, at most 2)", () => {
    const of = (n: number) => applyRule(brands, 2, context(withIndicator("GX_BRAND_NEW", indicator({ yearValue: n })))).points;
    expect(of(0)).toBe(0);
    expect(of(3)).toBe(1.5);
    expect(of(4)).toBe(2);
    expect(of(7)).toBe(2);
  });

  it("reads named counters, a missing counter being 0", () => {
    const incidents = { kind: "count", source: { counter: "MAJOR_INCIDENT" }, perItem: 3 } as const;
    expect(applyRule(incidents, 6, context(region("450602", { counters: { MAJOR_INCIDENT: 1 } })))).toEqual({
      points: 3,
      explanation: { kind: "count", outcome: "SCORED", count: 1, perItem: 3 },
    });
    expect(applyRule(incidents, 6, context(region("450602"))).points).toBe(0);
  });

  it("gives 0 when the indicator has no figure for the year", () => {
    expect(applyRule(brands, 2, context(withIndicator("GX_BRAND_NEW", indicator())))).toMatchObject({ points: 0, explanation: { outcome: "NO_DATA" } });
    expect(applyRule(brands, 2, context(region("450602"))).explanation).toMatchObject({ outcome: "NO_DATA" });
  });

  it("treats a negative count as none", () => {
    expect(applyRule(brands, 2, context(withIndicator("GX_BRAND_NEW", indicator({ yearValue: -2 })))).points).toBe(0);
  });
});

describe("growth rule", () => {
  const rule: GrowthRule = { kind: "growth", indicatorCode: "SAT", above: 1, equal: 0.5, below: 0 };
  const of = (yearValue: number | null, lastYearValue: number | null, direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" = "HIGHER_IS_BETTER") =>
    applyRule(rule, 4, context(withIndicator("SAT", indicator({ yearValue, lastYearValue, direction }))));

  it("gives full above last year, half when equal, 0 below", () => {
    expect(of(81, 80)).toEqual({ points: 4, explanation: { kind: "growth", outcome: "SCORED", value: 81, lastYearValue: 80, change: "BETTER", share: 1 } });
    expect(of(80, 80).points).toBe(2);
    expect(of(79.9, 80).points).toBe(0);
  });

  it("treats values equal up to float noise as equal", () => {
    expect(of(0.1 + 0.2, 0.3).explanation).toMatchObject({ change: "EQUAL" });
  });

  it("reads lower as better for LOWER_IS_BETTER indicators", () => {
    expect(of(2, 3, "LOWER_IS_BETTER").points).toBe(4);
    expect(of(3, 2, "LOWER_IS_BETTER").points).toBe(0);
  });

  it("gives 0 when either year has no figure", () => {
    expect(of(null, 80)).toMatchObject({ points: 0, explanation: { outcome: "NO_DATA", change: null } });
    expect(of(80, null).explanation).toMatchObject({ outcome: "NO_DATA" });
    expect(applyRule(rule, 4, context(region("450602"))).explanation).toMatchObject({ outcome: "NO_DATA" });
  });
});

describe("rank rule", () => {
  const rule: RankRule = {
    kind: "rank",
    indicatorCode: "X",
    bands: [
      { upTo: 1 / 3, share: 1 },
      { upTo: 2 / 3, share: 2 / 3 },
      { upTo: 1, share: 1 / 3 },
    ],
  };
  const at = (rank: number | null, of: number) => applyRule(rule, 6, context(withIndicator("X", indicator({ yearValue: 5 })), { rank, of }));

  it("gives the top third full, the middle two thirds, the bottom one third", () => {
    expect(at(1, 6).points).toBeCloseTo(6, 10);
    expect(at(2, 6).points).toBeCloseTo(6, 10);
    expect(at(3, 6).points).toBeCloseTo(4, 10);
    expect(at(4, 6).points).toBeCloseTo(4, 10);
    expect(at(5, 6).points).toBeCloseTo(2, 10);
    expect(at(6, 6).explanation).toEqual({ kind: "rank", outcome: "SCORED", value: 5, rank: 6, of: 6, share: 1 / 3 });
  });

  it("gives 0 to a region without a figure", () => {
    expect(at(null, 5)).toMatchObject({ points: 0, explanation: { outcome: "NO_DATA", rank: null, of: 5 } });
  });

  it("places ranks in bands by rank ÷ ranked", () => {
    expect(bandShare(1, 4, rule.bands)).toBe(1);
    expect(bandShare(2, 4, rule.bands)).toBeCloseTo(2 / 3, 10);
    expect(bandShare(3, 4, rule.bands)).toBeCloseTo(1 / 3, 10);
    expect(bandShare(36, 110, rule.bands)).toBe(1);
    expect(bandShare(37, 110, rule.bands)).toBeCloseTo(2 / 3, 10);
    expect(bandShare(2, 2, [{ upTo: 0.5, share: 1 }])).toBe(0);
  });

  it("puts the first-ranked in the first band even among one or two regions", () => {
    expect(bandShare(1, 1, rule.bands)).toBe(1);
    expect(bandShare(1, 2, rule.bands)).toBe(1);
    expect(bandShare(2, 2, rule.bands)).toBeCloseTo(1 / 3, 10);
  });
});

describe("manual rule", () => {
  it("computes nothing: the score is given", () => {
    expect(applyRule({ kind: "manual", levels: null }, 3, context(region("450602")))).toEqual({ points: null, explanation: { kind: "manual" } });
  });
});

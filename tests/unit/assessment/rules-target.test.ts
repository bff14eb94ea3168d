// Rules that read the region's target: status, shortfall, tiers.
import { describe, expect, it } from "vitest";
import { applyRule, gapToTarget, type ShortfallRule, type TiersRule } from "@/lib/domain/assessment";
import { context, indicator, target, withIndicator } from "./factories";

const CODE = "FOOD_SPOT_PASS";
const ctxWith = (overrides: Parameters<typeof target>[0] | null) =>
  context(withIndicator(CODE, indicator({ target: overrides === null ? null : target(overrides) })));

describe("status rule", () => {
  const rule = { kind: "status", indicatorCode: CODE, shares: { ACHIEVED: 1, ON_TRACK: 0.8, AT_RISK: 0.5 }, noTarget: "ZERO" } as const;

  it.each([
    ["ACHIEVED", 10],
    ["ON_TRACK", 8],
    ["AT_RISK", 5],
    ["OFF_TRACK", 0],
    ["MISSED", 0],
  ] as const)("gives %s its share", (status, points) => {
    const result = applyRule(rule, 10, ctxWith({ status }));
    expect(result.points).toBeCloseTo(points, 10);
    expect(result.explanation).toMatchObject({ kind: "status", outcome: "SCORED", status });
  });

  it("gives 0 for NO_DATA and says so", () => {
    expect(applyRule(rule, 10, ctxWith({ status: "NO_DATA", value: null }))).toEqual({
      points: 0,
      explanation: { kind: "status", outcome: "NO_DATA", status: "NO_DATA", share: 0 },
    });
  });

  it("applies the no-target policy when the region has no such target", () => {
    expect(applyRule(rule, 10, ctxWith(null)).points).toBe(0);
    expect(applyRule({ ...rule, noTarget: "FULL" }, 10, ctxWith(null))).toEqual({
      points: 10,
      explanation: { kind: "status", outcome: "NO_TARGET", status: null, share: 1 },
    });
    expect(applyRule(rule, 10, context(withIndicator("OTHER", indicator()))).explanation).toMatchObject({ outcome: "NO_TARGET" });
  });
});

describe("shortfall rule", () => {
  const rule: ShortfallRule = { kind: "shortfall", indicatorCode: CODE, deductPerUnit: 0.5, unit: 1, partialUnits: "PROPORTIONAL", noTarget: "ZERO" };

  it("gives full points when the target is met or beaten", () => {
    expect(applyRule(rule, 5, ctxWith({ value: 95, targetValue: 95 })).points).toBe(5);
    expect(applyRule(rule, 5, ctxWith({ value: 97.2, targetValue: 95 })).points).toBe(5);
  });

  it("takes 0.5 per percentage point short (每低1个百分点扣0.5分)", () => {
    const result = applyRule(rule, 5, ctxWith({ value: 92, targetValue: 95 }));
    expect(result.points).toBeCloseTo(3.5, 10);
    expect(result.explanation).toMatchObject({ kind: "shortfall", outcome: "SCORED", gap: 3, units: 3, deducted: 1.5, comparator: "GTE" });
  });

  it("counts part of a unit as the rule says", () => {
    const short = ctxWith({ value: 92.4, targetValue: 95 }); // 2.6 points short
    expect(applyRule(rule, 5, short).points).toBeCloseTo(3.7, 10);
    expect(applyRule({ ...rule, partialUnits: "WHOLE" }, 5, short).points).toBeCloseTo(4, 10);
    expect(applyRule({ ...rule, partialUnits: "STARTED" }, 5, short).points).toBeCloseTo(3.5, 10);
  });

  it("does not let float noise start a new unit (93 − 91.3)", () => {
    const result = applyRule({ ...rule, partialUnits: "WHOLE" }, 5, ctxWith({ value: 91.3, targetValue: 93 }));
    expect(result.explanation).toMatchObject({ units: 1 });
  });

  it("uses the unit size: 1 point per 2 points short", () => {
    expect(applyRule({ ...rule, deductPerUnit: 1, unit: 2 }, 5, ctxWith({ value: 91, targetValue: 95 })).points).toBeCloseTo(3, 10);
  });

  it("never goes below 0", () => {
    expect(applyRule(rule, 5, ctxWith({ value: 70, targetValue: 95 })).points).toBe(0);
  });

  it("counts units above a ≤ target (lower is better)", () => {
    const lte = ctxWith({ comparator: "LTE", value: 3.5, targetValue: 2 });
    expect(applyRule(rule, 5, lte).points).toBeCloseTo(4.25, 10);
    expect(applyRule(rule, 5, ctxWith({ comparator: "LTE", value: 1.5, targetValue: 2 })).points).toBe(5);
  });

  it("gives 0 without a value, and the policy without a target", () => {
    expect(applyRule(rule, 5, ctxWith({ value: null, status: "NO_DATA" }))).toMatchObject({ points: 0, explanation: { outcome: "NO_DATA" } });
    expect(applyRule({ ...rule, noTarget: "FULL" }, 5, ctxWith(null))).toMatchObject({ points: 5, explanation: { outcome: "NO_TARGET" } });
  });
});

describe("gapToTarget", () => {
  it("is the distance on the wrong side, 0 when satisfied", () => {
    expect(gapToTarget("GTE", 90, 95)).toBe(5);
    expect(gapToTarget("GTE", 96, 95)).toBe(0);
    expect(gapToTarget("LTE", 7, 5)).toBe(2);
    expect(gapToTarget("LT", 4, 5)).toBe(0);
    expect(gapToTarget("EQ", 97, 100)).toBe(3);
    expect(gapToTarget("EQ", 103, 100)).toBe(3);
  });
});

describe("tiers rule", () => {
  const rule: TiersRule = { kind: "tiers", indicatorCode: CODE, basis: "VALUE", met: 1, tiers: [{ atLeast: 0.9, share: 0.6 }], noTarget: "ZERO" };

  it("gives full when met, 60 % from 90 % of the target, else 0", () => {
    expect(applyRule(rule, 10, ctxWith({ value: 20, targetValue: 20 })).points).toBe(10);
    expect(applyRule(rule, 10, ctxWith({ value: 18, targetValue: 20 })).points).toBeCloseTo(6, 10);
    expect(applyRule(rule, 10, ctxWith({ value: 17.9, targetValue: 20 })).points).toBe(0);
    expect(applyRule(rule, 10, ctxWith({ value: 18, targetValue: 20 })).explanation).toMatchObject({ met: false, attainment: 0.9, share: 0.6 });
  });

  it("takes the first tier reached when there are several", () => {
    const several: TiersRule = { ...rule, tiers: [{ atLeast: 0.95, share: 0.8 }, { atLeast: 0.8, share: 0.4 }] };
    expect(applyRule(several, 10, ctxWith({ value: 19.5, targetValue: 20 })).points).toBeCloseTo(8, 10);
    expect(applyRule(several, 10, ctxWith({ value: 17, targetValue: 20 })).points).toBeCloseTo(4, 10);
  });

  it("measures attainment of a ≤ target as target ÷ value", () => {
    const result = applyRule(rule, 10, ctxWith({ comparator: "LTE", value: 2.2, targetValue: 2 }));
    expect(result.explanation).toMatchObject({ met: false, share: 0.6 });
    expect(applyRule(rule, 10, ctxWith({ comparator: "LTE", value: 2.5, targetValue: 2 })).points).toBe(0);
  });

  it("measures progress from the baseline on the PROGRESS basis", () => {
    const progress: TiersRule = { ...rule, basis: "PROGRESS" };
    // From 90 to 95: 94.5 is 90 % of the way.
    expect(applyRule(progress, 10, ctxWith({ baseline: 90, value: 94.5, targetValue: 95 })).points).toBeCloseTo(6, 10);
    expect(applyRule(progress, 10, ctxWith({ baseline: 90, value: 94, targetValue: 95 })).points).toBe(0);
  });

  it("gives no tier when the target equals the baseline and is not met", () => {
    const progress: TiersRule = { ...rule, basis: "PROGRESS" };
    const result = applyRule(progress, 10, ctxWith({ baseline: 95, value: 94.9, targetValue: 95 }));
    expect(result).toMatchObject({ points: 0, explanation: { outcome: "SCORED", attainment: null } });
    expect(applyRule(progress, 10, ctxWith({ baseline: 95, value: 95, targetValue: 95 })).points).toBe(10);
  });

  it("gives 0 without data and the policy without a target", () => {
    expect(applyRule(rule, 10, ctxWith({ value: null }))).toMatchObject({ points: 0, explanation: { outcome: "NO_DATA" } });
    expect(applyRule({ ...rule, noTarget: "FULL" }, 10, ctxWith(null)).points).toBe(10);
  });
});

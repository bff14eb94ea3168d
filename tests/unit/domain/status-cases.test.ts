import { describe, expect, it } from "vitest";
import type { Observation } from "@/lib/domain/measure";
import { evaluateTarget, type TargetSpec } from "@/lib/domain/status";

const Q = (year: number, quarter: number) => year * 4 + quarter - 1;
const T0 = Q(2016, 4);
const T1 = Q(2020, 4);
const AS_OF = Q(2018, 4); // e = 0.5

const r = (periodIndex: number, numerator: number, denominator = 100): Observation => ({
  periodIndex,
  value: null,
  numerator,
  denominator,
});
const v = (periodIndex: number, value: number | null): Observation => ({
  periodIndex,
  value,
  numerator: null,
  denominator: null,
});

const spec = (over: Partial<TargetSpec>): TargetSpec => ({
  kind: "RATE",
  measure: "LEVEL",
  comparator: "GTE",
  direction: "HIGHER_IS_BETTER",
  targetValue: 95,
  baselineValue: 85,
  startIndex: T0,
  deadlineIndex: T1,
  isMaintain: false,
  ...over,
});

describe("LOWER_IS_BETTER (控制在…以内)", () => {
  // 不合格率 from 5 % down to ≤ 2 %.
  const lte = spec({ comparator: "LTE", direction: "LOWER_IS_BETTER", targetValue: 2, baselineValue: 5 });

  it("progress runs from baseline down to target", () => {
    const ev = evaluateTarget(lte, [r(AS_OF, 7, 200)], AS_OF); // 3.5 %
    expect(ev.progress).toBeCloseTo(0.5, 10);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("ACHIEVED at or below the ceiling", () => {
    expect(evaluateTarget(lte, [r(AS_OF, 9, 500)], AS_OF).status).toBe("ACHIEVED"); // 1.8 %
    expect(evaluateTarget(lte, [r(AS_OF, 2)], AS_OF).status).toBe("ACHIEVED"); // 2 %
  });

  it("a value worse than the baseline gives negative, unclamped progress", () => {
    const ev = evaluateTarget(lte, [r(AS_OF, 6)], AS_OF);
    expect(ev.progress).toBeCloseTo(-1 / 3, 10);
    expect(ev.status).toBe("OFF_TRACK");
  });

  it("ON_TRACK by a falling forecast: pa ≈ 1.13", () => {
    const ev = evaluateTarget(lte, [r(Q(2018, 2), 23, 500), r(Q(2018, 3), 43, 1000), r(AS_OF, 4)], AS_OF);
    expect(ev.progress).toBeCloseTo(1 / 3, 10);
    expect(ev.forecast).toBeCloseTo(1.6, 9);
    expect(ev.anticipatedProgress).toBeCloseTo(3.4 / 3, 9);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("LT needs to be strictly below", () => {
    const lt = { ...lte, comparator: "LT" as const };
    const atTarget = evaluateTarget(lt, [r(AS_OF, 2)], AS_OF);
    expect(atTarget.status).toBe("ON_TRACK");
    expect(atTarget.progress).toBeCloseTo(1, 10);
    expect(evaluateTarget(lt, [r(AS_OF, 19, 1000)], AS_OF).status).toBe("ACHIEVED");
  });

  it("MISSED after the deadline above the ceiling", () => {
    expect(evaluateTarget(lte, [r(T1, 3)], T1 + 1).status).toBe("MISSED");
  });
});

describe("other comparators", () => {
  it("GT: reaching the value is not enough", () => {
    const gt = spec({ comparator: "GT", targetValue: 90, baselineValue: 80 });
    const at = evaluateTarget(gt, [r(AS_OF, 90)], AS_OF);
    expect(at.status).toBe("ON_TRACK");
    expect(at.progress).toBeCloseTo(1, 10);
    expect(evaluateTarget(gt, [r(AS_OF, 181, 200)], AS_OF).status).toBe("ACHIEVED");
  });

  it("EQ: achieved only at the value; approaching it is progress", () => {
    const eq = spec({ comparator: "EQ", targetValue: 100, baselineValue: 80 });
    expect(evaluateTarget(eq, [r(AS_OF, 100)], AS_OF).status).toBe("ACHIEVED");
    const half = evaluateTarget(eq, [r(AS_OF, 90)], AS_OF);
    expect(half.progress).toBeCloseTo(0.5, 10);
    expect(half.status).toBe("ON_TRACK");
  });

  it("EQ: overshooting counts as far off as falling short", () => {
    const eq = spec({ kind: "STOCK", comparator: "EQ", targetValue: 50, baselineValue: 40 });
    const far = evaluateTarget(eq, [v(AS_OF, 60)], AS_OF);
    expect(far.progress).toBeCloseTo(2, 10);
    expect(far.status).toBe("OFF_TRACK");
    // 54 is 4 past 50, judged like 46 (p = 0.6 ≥ 0.45).
    expect(evaluateTarget(eq, [v(AS_OF, 54)], AS_OF).status).toBe("ON_TRACK");
    expect(evaluateTarget(eq, [v(AS_OF, 57)], AS_OF).status).toBe("AT_RISK"); // like 43: p = 0.3
    expect(evaluateTarget(eq, [v(AS_OF, 58)], AS_OF).status).toBe("OFF_TRACK"); // like 42: p = 0.2
  });
});

describe("maintain targets (稳定在90%以上)", () => {
  const keep = spec({ targetValue: 90, baselineValue: 92, isMaintain: true });

  it("ACHIEVED while the latest period holds the level, long before the deadline", () => {
    const ev = evaluateTarget(keep, [r(Q(2017, 1), 80), r(Q(2017, 2), 91)], Q(2017, 2));
    expect(ev.status).toBe("ACHIEVED");
    expect(ev.expected).toBe(1);
  });

  it("judged on the latest period only: an earlier good quarter does not help", () => {
    const ev = evaluateTarget(keep, [r(Q(2018, 3), 93), r(AS_OF, 89)], AS_OF);
    expect(ev.status).toBe("OFF_TRACK");
    expect(ev.progress).toBeNull();
  });

  it("AT_RISK when it slipped but the trend is back above the level by the deadline", () => {
    const ev = evaluateTarget(keep, [r(Q(2018, 2), 86), r(Q(2018, 3), 175, 200), r(AS_OF, 89)], AS_OF);
    expect(ev.forecast).toBeCloseTo(101, 9);
    expect(ev.status).toBe("AT_RISK");
  });

  it("expects the full level at once when the baseline is below it", () => {
    const reach = spec({ targetValue: 90, baselineValue: 85, isMaintain: true });
    const early = Q(2017, 1);
    expect(evaluateTarget(reach, [r(early, 89)], early).status).toBe("AT_RISK"); // p = 0.8 vs e = 1
    expect(evaluateTarget(reach, [r(early, 359, 400)], early).status).toBe("ON_TRACK"); // p = 0.95
    expect(evaluateTarget(reach, [r(early, 88)], early).status).toBe("OFF_TRACK"); // p = 0.6
    // The same figure for an ordinary target is on track: e is only 1/16.
    expect(evaluateTarget({ ...reach, isMaintain: false }, [r(early, 88)], early).status).toBe("ON_TRACK");
  });
});

describe("baselines that already meet the target, and T = B", () => {
  it("ACHIEVED while the value still meets it; progress is not defined", () => {
    const met = spec({ targetValue: 90, baselineValue: 93 });
    const ev = evaluateTarget(met, [r(AS_OF, 94)], AS_OF);
    expect(ev.status).toBe("ACHIEVED");
    expect(ev.progress).toBeNull();
  });

  it("OFF_TRACK once it slips, AT_RISK if the trend recovers", () => {
    const met = spec({ targetValue: 90, baselineValue: 93 });
    expect(evaluateTarget(met, [r(AS_OF, 88)], AS_OF).status).toBe("OFF_TRACK");
    const rising = [r(Q(2018, 2), 86), r(Q(2018, 3), 87), r(AS_OF, 88)];
    const ev = evaluateTarget(met, rising, AS_OF);
    expect(ev.forecast).toBeCloseTo(96, 9);
    expect(ev.anticipatedProgress).toBeNull();
    expect(ev.status).toBe("AT_RISK");
  });

  it("works the same way for a ceiling", () => {
    const met = spec({ comparator: "LTE", direction: "LOWER_IS_BETTER", targetValue: 5, baselineValue: 4 });
    expect(evaluateTarget(met, [r(AS_OF, 9, 200)], AS_OF).status).toBe("ACHIEVED");
    expect(evaluateTarget(met, [r(AS_OF, 6)], AS_OF).status).toBe("OFF_TRACK");
  });

  it("T = B: achieved when the value meets it, otherwise judged without progress", () => {
    const same = spec({ targetValue: 90, baselineValue: 90 });
    expect(evaluateTarget(same, [r(AS_OF, 90)], AS_OF).status).toBe("ACHIEVED");
    const gt = spec({ comparator: "GT", targetValue: 90, baselineValue: 90 });
    const ev = evaluateTarget(gt, [r(AS_OF, 90)], AS_OF);
    expect(ev.progress).toBeNull();
    expect(ev.status).toBe("OFF_TRACK");
  });
});

describe("no baseline value", () => {
  const noBase = spec({ baselineValue: null });

  it("takes the first value after t0 and starts the expected line there", () => {
    const ev = evaluateTarget(noBase, [r(Q(2017, 2), 85), r(AS_OF, 90)], AS_OF);
    expect(ev.baseline).toBe(85);
    expect(ev.baselineIndex).toBe(Q(2017, 2));
    expect(ev.expected).toBeCloseTo(6 / 14, 12);
    expect(ev.progress).toBeCloseTo(0.5, 10);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("prefers the last value at or before t0", () => {
    const ev = evaluateTarget(noBase, [r(Q(2016, 3), 84), r(Q(2017, 2), 85), r(AS_OF, 90)], AS_OF);
    expect(ev.baseline).toBe(84);
    expect(ev.baselineIndex).toBe(T0);
    expect(ev.progress).toBeCloseTo(6 / 11, 10);
  });

  it("a single first value is its own baseline: p = 0 at e = 0", () => {
    const ev = evaluateTarget(noBase, [r(AS_OF, 88)], AS_OF);
    expect(ev).toMatchObject({ baseline: 88, progress: 0, expected: 0, status: "ON_TRACK" });
  });
});

describe("measures in evaluation", () => {
  it("CUMULATIVE FLOW (新增广西名牌30个): counts from the plan's first quarter, B = 0", () => {
    const brands = spec({ kind: "FLOW", measure: "CUMULATIVE", targetValue: 30, baselineValue: null, planStartIndex: T0 + 1 });
    const obs = [v(T0, 5), ...Array.from({ length: 8 }, (_, i) => v(T0 + 1 + i, 2))];
    const ev = evaluateTarget(brands, obs, AS_OF);
    expect(ev.latest).toEqual({ periodIndex: AS_OF, value: 16 });
    expect(ev.baseline).toBe(0);
    expect(ev.progress).toBeCloseTo(16 / 30, 10);
    expect(ev.forecast).toBeCloseTo(32, 9);
    expect(ev.anticipatedProgress).toBeCloseTo(32 / 30, 9);
    expect(ev.status).toBe("ON_TRACK");
    // Without planStartIndex the start quarter t0 itself is counted too.
    expect(evaluateTarget({ ...brands, planStartIndex: undefined }, obs, AS_OF).latest?.value).toBe(21);
  });

  it("CUMULATIVE FLOW reaching the total is ACHIEVED before the deadline", () => {
    const brands = spec({ kind: "FLOW", measure: "CUMULATIVE", targetValue: 30, baselineValue: null });
    expect(evaluateTarget(brands, [v(T0, 12), v(T0 + 1, 10), v(T0 + 3, 9)], AS_OF).status).toBe("ACHIEVED");
  });

  it("CUMULATIVE STOCK: an increase over the baseline level", () => {
    const held = spec({ kind: "STOCK", measure: "CUMULATIVE", targetValue: 10, baselineValue: 20 });
    const ev = evaluateTarget(held, [v(Q(2018, 3), 24), v(AS_OF, 25)], AS_OF);
    expect(ev.latest?.value).toBe(5);
    expect(ev.progress).toBeCloseTo(0.5, 10);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("ANNUAL FLOW: the rolling year is compared with the annual target", () => {
    // 年旅游收入 300 亿元 (2016) → 500 亿元 (2020): 4 × 110 = 440 by 2018Q4, p = 0.7.
    const income = spec({ kind: "FLOW", measure: "ANNUAL", targetValue: 500, baselineValue: 300 });
    const obs = [Q(2018, 1), Q(2018, 2), Q(2018, 3), AS_OF].map((i) => v(i, 110));
    const ev = evaluateTarget(income, obs, AS_OF);
    expect(ev.latest?.value).toBe(440);
    expect(ev.progress).toBeCloseTo(0.7, 10);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("ANNUAL RATE: Σnum/Σden of the last four quarters", () => {
    const ev = evaluateTarget(spec({ measure: "ANNUAL" }), [r(Q(2018, 3), 170, 200), r(AS_OF, 98, 100)], AS_OF);
    expect(ev.latest?.value).toBeCloseTo(89.333333, 5);
    expect(ev.status).toBe("AT_RISK");
  });
});

describe("small samples", () => {
  it("flags a RATE from fewer batches than the minimum denominator", () => {
    const ev = evaluateTarget(spec({}), [r(AS_OF, 11, 12)], AS_OF);
    expect(ev.latest?.value).toBeCloseTo(91.666667, 5);
    expect(ev.smallSample).toBe(true);
    expect(evaluateTarget(spec({}), [r(AS_OF, 27, 30)], AS_OF).smallSample).toBe(false);
    expect(evaluateTarget(spec({}), [r(AS_OF, 1100, 1200)], AS_OF).smallSample).toBe(false);
  });

  it("looks at the denominator of the measured window", () => {
    const cumulative = spec({ measure: "CUMULATIVE" });
    const obs = [r(Q(2018, 3), 9, 10), r(AS_OF, 22, 25)];
    expect(evaluateTarget(spec({}), obs, AS_OF).smallSample).toBe(true); // 25 batches this quarter
    expect(evaluateTarget(cumulative, obs, AS_OF).smallSample).toBe(false); // 35 since the start
  });

  it("never flags STOCK/FLOW or a rate entered without counts", () => {
    expect(evaluateTarget(spec({ kind: "STOCK" }), [v(AS_OF, 3)], AS_OF).smallSample).toBe(false);
    expect(evaluateTarget(spec({}), [v(AS_OF, 91)], AS_OF).smallSample).toBe(false);
  });
});

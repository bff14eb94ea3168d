import { describe, expect, it } from "vitest";
import type { Observation } from "@/lib/domain/measure";
import { DEFAULT_SETTINGS } from "@/lib/domain/evaluation-settings";
import {
  compareStatus,
  evaluateTarget,
  expectedShare,
  satisfies,
  STATUS_ORDER,
  type TargetSpec,
} from "@/lib/domain/status";

const Q = (year: number, quarter: number) => year * 4 + quarter - 1;
const T0 = Q(2016, 4); // 8067
const T1 = Q(2020, 4); // 8083
const AS_OF = Q(2018, 4); // halfway: e = 8 / 16 = 0.5

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

// 主导产业产品质量监督抽查合格率 from 85 % (2016) to ≥ 95 % by 2020.
const passRate: TargetSpec = {
  kind: "RATE",
  measure: "LEVEL",
  comparator: "GTE",
  direction: "HIGHER_IS_BETTER",
  targetValue: 95,
  baselineValue: 85,
  startIndex: T0,
  deadlineIndex: T1,
  isMaintain: false,
};

describe("satisfies", () => {
  it("handles each comparator at and around the target", () => {
    expect([satisfies("GTE", 95, 95), satisfies("GTE", 94.9, 95), satisfies("GTE", 96, 95)]).toEqual([true, false, true]);
    expect([satisfies("LTE", 2, 2), satisfies("LTE", 2.1, 2), satisfies("LTE", 1, 2)]).toEqual([true, false, true]);
    expect([satisfies("GT", 90, 90), satisfies("GT", 90.01, 90)]).toEqual([false, true]);
    expect([satisfies("LT", 5, 5), satisfies("LT", 4.99, 5)]).toEqual([false, true]);
    expect([satisfies("EQ", 100, 100), satisfies("EQ", 99.9, 100), satisfies("EQ", 100.1, 100)]).toEqual([true, false, false]);
  });

  it("absorbs float noise from rates rebuilt from counts", () => {
    const rate = (19 / 20) * 100;
    expect(satisfies("GTE", rate, 95)).toBe(true);
    expect(satisfies("EQ", 100.00005, 100)).toBe(true);
    expect(satisfies("EQ", 100.001, 100)).toBe(false);
    expect(satisfies("GT", 95.00001, 95)).toBe(false);
  });

  it("takes a custom relative tolerance for EQ", () => {
    expect(satisfies("EQ", 100.5, 100, 0.01)).toBe(true);
    expect(satisfies("EQ", 101.5, 100, 0.01)).toBe(false);
    expect(satisfies("EQ", 0.0000005, 0)).toBe(true);
  });
});

describe("STATUS_ORDER", () => {
  it("lists every status once, worst first", () => {
    expect(STATUS_ORDER).toEqual(["MISSED", "OFF_TRACK", "AT_RISK", "NO_DATA", "ON_TRACK", "ACHIEVED"]);
    expect(compareStatus("MISSED", "ACHIEVED")).toBeLessThan(0);
    expect(compareStatus("ON_TRACK", "NO_DATA")).toBeGreaterThan(0);
    expect(compareStatus("AT_RISK", "AT_RISK")).toBe(0);
  });
});

describe("expectedShare", () => {
  it("is the straight-line share of the plan's time, clamped to 0–1", () => {
    expect(expectedShare(Q(2018, 4), T0, T1, false)).toBe(0.5);
    expect(expectedShare(Q(2017, 2), T0, T1, false)).toBe(0.125);
    expect(expectedShare(Q(2015, 1), T0, T1, false)).toBe(0);
    expect(expectedShare(Q(2022, 1), T0, T1, false)).toBe(1);
    expect(expectedShare(Q(2017, 1), T0, T1, true)).toBe(1);
    expect([expectedShare(5, 9, 9, false), expectedShare(9, 9, 9, false)]).toEqual([0, 1]);
  });
});

describe("evaluateTarget: the six statuses", () => {
  it("ACHIEVED when the latest value satisfies the target", () => {
    const ev = evaluateTarget(passRate, [r(Q(2018, 3), 91), r(AS_OF, 96)], AS_OF);
    expect(ev.status).toBe("ACHIEVED");
    expect(ev.latest).toEqual({ periodIndex: AS_OF, value: 96 });
    expect(ev.progress).toBeCloseTo(1.1, 10);
    expect(ev.expected).toBe(0.5);
    // An overshoot is exposed, not clamped.
    expect(ev.progress).toBeGreaterThan(1);
  });

  it("ACHIEVED exactly at the target when the rate comes from counts (19/20)", () => {
    expect(evaluateTarget(passRate, [r(AS_OF, 19, 20)], AS_OF).status).toBe("ACHIEVED");
  });

  it("ON_TRACK by progress: p = 0.5 ≥ e − 0.05 = 0.45", () => {
    const ev = evaluateTarget(passRate, [r(AS_OF, 90)], AS_OF);
    expect(ev.status).toBe("ON_TRACK");
    expect(ev.progress).toBeCloseTo(0.5, 10);
    expect(ev.forecast).toBeNull();
    expect(ev.anticipatedProgress).toBeNull();
    expect(ev.baseline).toBe(85);
    expect(ev.baselineIndex).toBe(T0);
  });

  it("ON_TRACK at the boundary p = e − 0.05 exactly", () => {
    const ev = evaluateTarget(passRate, [r(AS_OF, 179, 200)], AS_OF); // 89.5 %
    expect(ev.progress).toBeCloseTo(0.45, 10);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("ON_TRACK by forecast: p = 0.2 but pa = 1.4 ≥ 1", () => {
    const obs = [r(Q(2018, 2), 168, 200), r(Q(2018, 3), 171, 200), r(AS_OF, 174, 200)]; // 84, 85.5, 87
    const ev = evaluateTarget(passRate, obs, AS_OF);
    expect(ev.progress).toBeCloseTo(0.2, 10);
    expect(ev.forecast).toBeCloseTo(99, 9);
    expect(ev.anticipatedProgress).toBeCloseTo(1.4, 9);
    expect(ev.status).toBe("ON_TRACK");
  });

  it("AT_RISK by progress: p = 0.4 ≥ e − 0.20 = 0.30", () => {
    expect(evaluateTarget(passRate, [r(AS_OF, 89)], AS_OF).status).toBe("AT_RISK");
  });

  it("AT_RISK at the boundary p = e − 0.20 exactly", () => {
    const ev = evaluateTarget(passRate, [r(AS_OF, 88)], AS_OF);
    expect(ev.progress).toBeCloseTo(0.3, 10);
    expect(ev.status).toBe("AT_RISK");
  });

  it("AT_RISK by forecast: p = 0.1 but pa = 0.9 ≥ 0.75", () => {
    const ev = evaluateTarget(passRate, [r(Q(2018, 2), 84), r(Q(2018, 3), 85), r(AS_OF, 86)], AS_OF);
    expect(ev.progress).toBeCloseTo(0.1, 10);
    expect(ev.forecast).toBeCloseTo(94, 9);
    expect(ev.anticipatedProgress).toBeCloseTo(0.9, 9);
    expect(ev.status).toBe("AT_RISK");
  });

  it("OFF_TRACK when p = 0.1 and pa = 0.7 are both short", () => {
    const obs = [r(Q(2018, 2), 338, 400), r(Q(2018, 3), 341, 400), r(AS_OF, 344, 400)]; // 84.5, 85.25, 86
    const ev = evaluateTarget(passRate, obs, AS_OF);
    expect(ev.forecast).toBeCloseTo(92, 9);
    expect(ev.anticipatedProgress).toBeCloseTo(0.7, 9);
    expect(ev.status).toBe("OFF_TRACK");
  });

  it("OFF_TRACK just below the at-risk line with no forecast (p = 0.25)", () => {
    const ev = evaluateTarget(passRate, [r(AS_OF, 175, 200)], AS_OF);
    expect(ev.progress).toBeCloseTo(0.25, 10);
    expect(ev.status).toBe("OFF_TRACK");
  });

  it("MISSED after the deadline when the target was not reached", () => {
    const ev = evaluateTarget(passRate, [r(Q(2020, 3), 92), r(T1, 93)], T1 + 1);
    expect(ev.status).toBe("MISSED");
    expect(ev.latest).toEqual({ periodIndex: T1, value: 93 });
  });

  it("not MISSED at the deadline quarter itself: p = 0.8 at e = 1 is AT_RISK", () => {
    expect(evaluateTarget(passRate, [r(T1, 93)], T1).status).toBe("AT_RISK");
  });

  it("judges a target after its deadline on the value at the deadline, not later ones", () => {
    const ev = evaluateTarget(passRate, [r(T1, 93), r(T1 + 1, 97)], T1 + 2);
    expect(ev.status).toBe("MISSED");
    expect(ev.latest?.periodIndex).toBe(T1);
    expect(evaluateTarget(passRate, [r(T1, 96), r(T1 + 1, 80)], T1 + 2).status).toBe("ACHIEVED");
  });

  it("NO_DATA without an official value, with e measured at the as-of quarter", () => {
    const ev = evaluateTarget(passRate, [], AS_OF);
    expect(ev).toMatchObject({ status: "NO_DATA", latest: null, progress: null, forecast: null, expected: 0.5 });
    expect(ev.smallSample).toBe(false);
  });

  it("NO_DATA when the only figures have zero denominators or no value", () => {
    expect(evaluateTarget(passRate, [r(AS_OF, 0, 0), v(Q(2018, 3), null)], AS_OF).status).toBe("NO_DATA");
  });

  it("NO_DATA, not MISSED, after the deadline when nothing was ever reported", () => {
    expect(evaluateTarget(passRate, [], T1 + 4).status).toBe("NO_DATA");
  });
});

describe("evaluateTarget: time and gaps", () => {
  it("ignores values after the as-of quarter", () => {
    const ev = evaluateTarget(passRate, [r(AS_OF, 90), r(AS_OF + 1, 99)], AS_OF);
    expect(ev.status).toBe("ON_TRACK");
    expect(ev.latest).toEqual({ periodIndex: AS_OF, value: 90 });
    expect(evaluateTarget(passRate, [r(AS_OF + 1, 99)], AS_OF).status).toBe("NO_DATA");
  });

  it("skips missing quarters and zero denominators instead of reading them as zero", () => {
    const obs = [r(Q(2017, 3), 83), r(Q(2018, 1), 84), r(Q(2018, 2), 0, 0), r(Q(2018, 3), 85), v(AS_OF, null)];
    const ev = evaluateTarget(passRate, obs, AS_OF);
    expect(ev.latest).toEqual({ periodIndex: Q(2018, 3), value: 85 });
    // Three points at 8070, 8072, 8074 on a slope of 0.5 per quarter → 89.5 at 8083.
    expect(ev.forecast).toBeCloseTo(89.5, 9);
    expect(ev.expected).toBeCloseTo(7 / 16, 12);
    expect(ev.progress).toBeCloseTo(0, 12);
    expect(ev.status).toBe("OFF_TRACK");
  });

  it("makes no forecast from fewer than three values", () => {
    const ev = evaluateTarget(passRate, [r(Q(2018, 3), 86), r(AS_OF, 88)], AS_OF);
    expect(ev.forecast).toBeNull();
    expect(ev.anticipatedProgress).toBeNull();
    expect(ev.status).toBe("AT_RISK");
  });

  it("uses settings for margins and forecast points", () => {
    const loose = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, onTrackMargin: 0.15 } };
    expect(evaluateTarget(passRate, [r(AS_OF, 177, 200)], AS_OF).status).toBe("AT_RISK");
    expect(evaluateTarget(passRate, [r(AS_OF, 177, 200)], AS_OF, loose).status).toBe("ON_TRACK");
    const twoPoints = { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds, forecastMinPoints: 2 } };
    const ev = evaluateTarget(passRate, [r(Q(2018, 3), 86), r(AS_OF, 88)], AS_OF, twoPoints);
    expect(ev.forecast).toBeCloseTo(104, 9);
    expect(ev.status).toBe("ON_TRACK");
  });
});

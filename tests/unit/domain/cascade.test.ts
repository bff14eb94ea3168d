import { describe, expect, it } from "vitest";
import { checkSplit, splitTarget } from "@/lib/domain/cascade";

const shares = (...values: number[]) => values.map((share, i) => ({ regionCode: `C${i + 1}`, share }));
const values = (children: { targetValue: number }[]) => children.map((c) => c.targetValue);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("splitTarget", () => {
  it("inherits a RATE unchanged", () => {
    expect(splitTarget("RATE", 95, shares(0.5, 0.3, 0.2))).toEqual([
      { regionCode: "C1", targetValue: 95 },
      { regionCode: "C2", targetValue: 95 },
      { regionCode: "C3", targetValue: 95 },
    ]);
  });

  it("divides counts by share", () => {
    expect(values(splitTarget("FLOW", 30, shares(1, 1, 1)))).toEqual([10, 10, 10]);
    expect(values(splitTarget("STOCK", 40, shares(0.5, 0.25, 0.25)))).toEqual([20, 10, 10]);
  });

  it("rounds by largest remainder so the children add back up", () => {
    expect(values(splitTarget("FLOW", 10, shares(1, 1, 1)))).toEqual([4, 3, 3]);
    // 3.5, 2.1, 1.4 → 3, 2, 1 with one left over for the largest remainder.
    expect(values(splitTarget("FLOW", 7, shares(0.5, 0.3, 0.2)))).toEqual([4, 2, 1]);
    const four = splitTarget("STOCK", 30, shares(3, 2, 2, 1));
    expect(values(four)).toEqual([11, 8, 7, 4]);
    expect(sum(values(four))).toBe(30);
  });

  it("normalises shares that do not add up to 1", () => {
    expect(values(splitTarget("FLOW", 30, shares(2, 1)))).toEqual([20, 10]);
  });

  it("keeps the parent's decimals, or the ones asked for", () => {
    const money = values(splitTarget("FLOW", 12.5, shares(1, 1, 1)));
    expect(money).toEqual([4.2, 4.2, 4.1]);
    expect(sum(money)).toBeCloseTo(12.5, 10);
    expect(values(splitTarget("FLOW", 10, shares(1, 1, 1), { decimals: 2 }))).toEqual([3.34, 3.33, 3.33]);
  });

  it("splits evenly when no share is positive, and treats bad shares as zero", () => {
    expect(values(splitTarget("FLOW", 9, shares(0, 0, 0)))).toEqual([3, 3, 3]);
    expect(values(splitTarget("FLOW", 9, shares(-1, Number.NaN, 1)))).toEqual([0, 0, 9]);
    expect(splitTarget("FLOW", 9, [])).toEqual([]);
  });
});

describe("checkSplit", () => {
  it("counts: the children's targets add up to the parent", () => {
    const children = splitTarget("FLOW", 30, shares(3, 2, 2, 1));
    expect(checkSplit("FLOW", { comparator: "GTE", targetValue: 30 }, children)).toEqual({
      combined: 30,
      meetsParent: true,
      gap: 0,
      shortChildren: [],
    });
    const short = [
      { regionCode: "C1", targetValue: 15 },
      { regionCode: "C2", targetValue: 14 },
    ];
    expect(checkSplit("STOCK", { comparator: "GTE", targetValue: 30 }, short)).toMatchObject({
      combined: 29,
      meetsParent: false,
      gap: -1,
    });
  });

  it("counts under a ceiling", () => {
    const children = [
      { regionCode: "C1", targetValue: 2 },
      { regionCode: "C2", targetValue: 2 },
    ];
    expect(checkSplit("FLOW", { comparator: "LTE", targetValue: 5 }, children).meetsParent).toBe(true);
    expect(checkSplit("FLOW", { comparator: "LTE", targetValue: 3 }, children).meetsParent).toBe(false);
  });

  it("RATE with expected denominators: pooled as Σ(rate·den)/Σden", () => {
    const equal = [
      { regionCode: "C1", targetValue: 96, weight: 100 },
      { regionCode: "C2", targetValue: 93, weight: 100 },
    ];
    const result = checkSplit("RATE", { comparator: "GTE", targetValue: 95 }, equal);
    expect(result.combined).toBeCloseTo(94.5, 10);
    expect(result.meetsParent).toBe(false);
    expect(result.shortChildren).toEqual(["C2"]);
    const heavy = [
      { regionCode: "C1", targetValue: 96, weight: 300 },
      { regionCode: "C2", targetValue: 93, weight: 100 },
    ];
    const pooled = checkSplit("RATE", { comparator: "GTE", targetValue: 95 }, heavy);
    expect(pooled.combined).toBeCloseTo(95.25, 10);
    expect(pooled.meetsParent).toBe(true);
  });

  it("RATE without denominators: meets the parent only if every child does", () => {
    const ok = splitTarget("RATE", 95, shares(1, 1));
    expect(checkSplit("RATE", { comparator: "GTE", targetValue: 95 }, ok)).toEqual({
      combined: null,
      meetsParent: true,
      gap: null,
      shortChildren: [],
    });
    const oneShort = [
      { regionCode: "C1", targetValue: 96 },
      { regionCode: "C2", targetValue: 94, weight: 50 },
    ];
    expect(checkSplit("RATE", { comparator: "GTE", targetValue: 95 }, oneShort)).toEqual({
      combined: null,
      meetsParent: false,
      gap: null,
      shortChildren: ["C2"],
    });
  });

  it("no children never meets the parent", () => {
    expect(checkSplit("FLOW", { comparator: "GTE", targetValue: 30 }, []).meetsParent).toBe(false);
  });
});

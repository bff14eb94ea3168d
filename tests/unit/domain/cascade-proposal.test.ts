import { describe, expect, it } from "vitest";
import { checkSplit, isCascadeStale, isEditedByHand, proposeSplit } from "@/lib/domain";

const kids = [
  { regionCode: "A", baseline: 10, share: 1 },
  { regionCode: "B", baseline: 30, share: 3 },
  { regionCode: "C", baseline: null, share: null },
];

describe("proposeSplit", () => {
  it("divides a count equally, adding back up exactly", () => {
    const split = proposeSplit("FLOW", 100, "EQUAL", kids);
    expect(split.map((c) => c.targetValue)).toEqual([34, 33, 33]);
    expect(checkSplit("FLOW", { comparator: "GTE", targetValue: 100 }, split).meetsParent).toBe(true);
  });

  it("divides by baseline (a child without one gets none) and by typed share", () => {
    expect(proposeSplit("STOCK", 40, "BASELINE", kids).map((c) => c.targetValue)).toEqual([10, 30, 0]);
    expect(proposeSplit("STOCK", 40, "SHARE", kids).map((c) => c.targetValue)).toEqual([10, 30, 0]);
  });

  it("falls back to equal when no baseline is known", () => {
    const none = kids.map((k) => ({ ...k, baseline: null }));
    expect(proposeSplit("STOCK", 30, "BASELINE", none).map((c) => c.targetValue)).toEqual([10, 10, 10]);
  });

  it("lets every child inherit a rate, whatever the basis", () => {
    expect(proposeSplit("RATE", 95, "SHARE", kids).map((c) => c.targetValue)).toEqual([95, 95, 95]);
  });
});

describe("isEditedByHand", () => {
  it("is false while the target holds the cascaded value, true once it differs or was never cascaded", () => {
    expect(isEditedByHand({ targetValue: 33, cascadedValue: 33 })).toBe(false);
    expect(isEditedByHand({ targetValue: 35, cascadedValue: 33 })).toBe(true);
    expect(isEditedByHand({ targetValue: 33, cascadedValue: null })).toBe(true);
  });
});

describe("isCascadeStale", () => {
  it("flags counts that no longer add up to the parent", () => {
    expect(isCascadeStale("FLOW", { comparator: "GTE", targetValue: 100 }, [34, 33, 33])).toBe(false);
    expect(isCascadeStale("FLOW", { comparator: "GTE", targetValue: 120 }, [34, 33, 33])).toBe(true);
  });

  it("flags rates that fall short of a raised parent or that none holds after it was lowered", () => {
    const parent = { comparator: "GTE" as const, targetValue: 95 };
    expect(isCascadeStale("RATE", parent, [95, 96, 95])).toBe(false);
    expect(isCascadeStale("RATE", { ...parent, targetValue: 97 }, [95, 96, 95])).toBe(true);
    expect(isCascadeStale("RATE", { ...parent, targetValue: 90 }, [95, 96, 95])).toBe(true);
  });

  it("has nothing to flag before any cascade", () => {
    expect(isCascadeStale("FLOW", { comparator: "GTE", targetValue: 1 }, [])).toBe(false);
  });
});

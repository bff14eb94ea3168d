import { describe, expect, it } from "vitest";
import { explanationReasons, hasExplanation, isJump, isOffTrackStatus } from "@/lib/domain/explanation-rules";

describe("isJump", () => {
  it("flags a rate moving by more than 10 percentage points", () => {
    expect(isJump({ kind: "RATE", decimals: 1, value: 84.9, previous: 95 })).toBe(true);
    expect(isJump({ kind: "RATE", decimals: 1, value: 85, previous: 95 })).toBe(false);
    expect(isJump({ kind: "RATE", decimals: 1, value: 99, previous: 88 })).toBe(true);
  });

  it("flags an amount moving by more than half of last quarter's", () => {
    expect(isJump({ kind: "FLOW", decimals: 2, value: 15.01, previous: 10 })).toBe(true);
    expect(isJump({ kind: "FLOW", decimals: 2, value: 15, previous: 10 })).toBe(false);
    expect(isJump({ kind: "STOCK", decimals: 2, value: 4.99, previous: 10 })).toBe(true);
  });

  it("ignores changes of one or two units in whole-number counts", () => {
    expect(isJump({ kind: "FLOW", decimals: 0, value: 2, previous: 0 })).toBe(false);
    expect(isJump({ kind: "FLOW", decimals: 0, value: 3, previous: 0 })).toBe(true);
    expect(isJump({ kind: "STOCK", decimals: 0, value: 10, previous: 4 })).toBe(true);
    expect(isJump({ kind: "STOCK", decimals: 0, value: 50, previous: 40 })).toBe(false);
  });

  it("has nothing to compare without last quarter's figure or this one's", () => {
    expect(isJump({ kind: "RATE", decimals: 1, value: 50, previous: null })).toBe(false);
    expect(isJump({ kind: "RATE", decimals: 1, value: null, previous: 90 })).toBe(false);
  });

  it("follows the settings", () => {
    expect(isJump({ kind: "RATE", decimals: 1, value: 90, previous: 95 }, { jumpShare: 0.5, rateJumpPoints: 4, minCountJump: 2 })).toBe(true);
  });
});

describe("explanationReasons", () => {
  it("asks for a note when the target is off track or missed with this figure", () => {
    expect(explanationReasons({ kind: "RATE", decimals: 1, value: 90, previous: 91, targetStatus: "OFF_TRACK" })).toEqual(["OFF_TRACK"]);
    expect(explanationReasons({ kind: "RATE", decimals: 1, value: 90, previous: 91, targetStatus: "MISSED" })).toEqual(["OFF_TRACK"]);
    expect(explanationReasons({ kind: "RATE", decimals: 1, value: 90, previous: 91, targetStatus: "AT_RISK" })).toEqual([]);
    expect(explanationReasons({ kind: "RATE", decimals: 1, value: 90, previous: 91, targetStatus: null })).toEqual([]);
  });

  it("lists both reasons when both apply, and none for an empty figure", () => {
    expect(explanationReasons({ kind: "RATE", decimals: 1, value: 70, previous: 91, targetStatus: "OFF_TRACK" })).toEqual(["OFF_TRACK", "JUMP"]);
    expect(explanationReasons({ kind: "RATE", decimals: 1, value: null, previous: 91, targetStatus: "OFF_TRACK" })).toEqual([]);
  });
});

describe("isOffTrackStatus / hasExplanation", () => {
  it("work as named", () => {
    expect(isOffTrackStatus("OFF_TRACK")).toBe(true);
    expect(isOffTrackStatus("NO_DATA")).toBe(false);
    expect(hasExplanation("  ")).toBe(false);
    expect(hasExplanation("好")).toBe(false);
    expect(hasExplanation("补抽")).toBe(true);
  });
});

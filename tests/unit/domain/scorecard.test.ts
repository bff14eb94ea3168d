import { describe, expect, it } from "vitest";
import { cardsFor, countByStatus, rankRegions, scoreTargets, sortByStatus } from "@/lib/domain/scorecard";
import { DEFAULT_SETTINGS } from "@/lib/domain/evaluation-settings";
import type { TargetStatus } from "@/lib/domain/status";

describe("scoreTargets", () => {
  it("is the weighted share of targets achieved or on track", () => {
    const score = scoreTargets([
      { status: "ACHIEVED", weight: 2 },
      { status: "ON_TRACK", weight: 1 },
      { status: "AT_RISK", weight: 1 },
      { status: "OFF_TRACK", weight: 0.5 },
      { status: "MISSED", weight: 0.5 },
    ]);
    expect(score).toBe(60);
  });

  it("counts NO_DATA as not achieved", () => {
    expect(
      scoreTargets([
        { status: "ACHIEVED", weight: 1 },
        { status: "NO_DATA", weight: 3 },
      ]),
    ).toBe(25);
  });

  it("ignores zero, negative and non-finite weights", () => {
    expect(
      scoreTargets([
        { status: "ACHIEVED", weight: 1 },
        { status: "OFF_TRACK", weight: 0 },
        { status: "OFF_TRACK", weight: -5 },
        { status: "OFF_TRACK", weight: Number.NaN },
        { status: "OFF_TRACK", weight: 3 },
      ]),
    ).toBe(25);
  });

  it("is null with no targets or no weight", () => {
    expect(scoreTargets([])).toBeNull();
    expect(scoreTargets([{ status: "ACHIEVED", weight: 0 }])).toBeNull();
  });
});

describe("rankRegions", () => {
  it("uses competition ranking (1, 2, 2, 4) and leaves unscored regions out", () => {
    const ranks = rankRegions([
      { regionCode: "450602", score: 80 },
      { regionCode: "450603", score: 90 },
      { regionCode: "450621", score: 80 },
      { regionCode: "450681", score: 70 },
      { regionCode: "450699", score: null },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({
      "450603": { rank: 1, of: 4 },
      "450602": { rank: 2, of: 4 },
      "450621": { rank: 2, of: 4 },
      "450681": { rank: 4, of: 4 },
    });
    expect(ranks.has("450699")).toBe(false);
  });

  it("treats scores that differ only by float noise as a tie", () => {
    const a = (2 / 3) * 100;
    const b = 200 / 3;
    const ranks = rankRegions([
      { regionCode: "A", score: a },
      { regionCode: "B", score: b },
      { regionCode: "C", score: 50 },
    ]);
    expect([ranks.get("A")?.rank, ranks.get("B")?.rank, ranks.get("C")?.rank]).toEqual([1, 1, 3]);
  });

  it("is empty when nobody has a score", () => {
    expect(rankRegions([{ regionCode: "A", score: null }]).size).toBe(0);
  });
});

describe("cardsFor", () => {
  const rules = DEFAULT_SETTINGS.cards;
  const rate = (indicatorCode: string, status: TargetStatus) => ({ kind: "RATE" as const, status, indicatorCode });

  it("no card when no RATE target is off track or missed", () => {
    expect(cardsFor([rate("A", "AT_RISK"), rate("B", "ON_TRACK"), rate("C", "NO_DATA")], rules)).toEqual([]);
  });

  it("yellow for one off-track RATE target", () => {
    expect(cardsFor([rate("PQ", "OFF_TRACK"), rate("B", "ACHIEVED")], rules)).toEqual([
      { color: "YELLOW", reason: "RATE_OFF_TRACK", indicatorCodes: ["PQ"] },
    ]);
  });

  it("red for two or more off-track RATE targets", () => {
    expect(cardsFor([rate("PQ", "OFF_TRACK"), rate("AIR", "OFF_TRACK"), rate("C", "AT_RISK")], rules)).toEqual([
      { color: "RED", reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes: ["PQ", "AIR"] },
    ]);
  });

  it("red for one missed RATE target; only one card, the most severe, listing missed first", () => {
    expect(cardsFor([rate("PQ", "OFF_TRACK"), rate("AIR", "OFF_TRACK"), rate("WATER", "MISSED")], rules)).toEqual([
      { color: "RED", reason: "RATE_MISSED", indicatorCodes: ["WATER", "PQ", "AIR"] },
    ]);
  });

  it("ignores STOCK and FLOW targets", () => {
    const items = [
      { kind: "STOCK" as const, status: "MISSED" as const, indicatorCode: "BRANDS" },
      { kind: "FLOW" as const, status: "OFF_TRACK" as const, indicatorCode: "NEW_BRANDS" },
    ];
    expect(cardsFor(items, rules)).toEqual([]);
  });

  it("follows the rules: a missed target counts as off track when it does not earn red by itself", () => {
    const lenient = { ...rules, redOnMissedRate: false };
    expect(cardsFor([rate("WATER", "MISSED")], lenient)).toEqual([
      { color: "YELLOW", reason: "RATE_OFF_TRACK", indicatorCodes: ["WATER"] },
    ]);
    expect(cardsFor([rate("WATER", "MISSED"), rate("PQ", "OFF_TRACK")], lenient)).toEqual([
      { color: "RED", reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes: ["WATER", "PQ"] },
    ]);
    const strict = { yellowOffTrackRates: 2, redOffTrackRates: 3, redOnMissedRate: true };
    expect(cardsFor([rate("A", "OFF_TRACK")], strict)).toEqual([]);
    expect(cardsFor([rate("A", "OFF_TRACK"), rate("B", "OFF_TRACK")], strict)[0]?.color).toBe("YELLOW");
    expect(cardsFor([rate("A", "OFF_TRACK"), rate("B", "OFF_TRACK"), rate("C", "OFF_TRACK")], strict)[0]?.reason).toBe(
      "RATE_OFF_TRACK_MULTIPLE",
    );
  });

  it("lists an indicator once even if it has two targets", () => {
    expect(cardsFor([rate("PQ", "OFF_TRACK"), rate("PQ", "OFF_TRACK")], rules)).toEqual([
      { color: "RED", reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes: ["PQ"] },
    ]);
  });
});

describe("countByStatus / sortByStatus", () => {
  it("always has all six keys", () => {
    expect(countByStatus([])).toEqual({ ACHIEVED: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, MISSED: 0, NO_DATA: 0 });
    expect(countByStatus(["ACHIEVED", "ACHIEVED", "MISSED", "NO_DATA"])).toEqual({
      ACHIEVED: 2,
      ON_TRACK: 0,
      AT_RISK: 0,
      OFF_TRACK: 0,
      MISSED: 1,
      NO_DATA: 1,
    });
  });

  it("sorts most behind first, stable within a status", () => {
    const sorted = sortByStatus([
      { id: 1, status: "ACHIEVED" as const },
      { id: 2, status: "NO_DATA" as const },
      { id: 3, status: "MISSED" as const },
      { id: 4, status: "AT_RISK" as const },
      { id: 5, status: "MISSED" as const },
    ]);
    expect(sorted.map((s) => s.id)).toEqual([3, 5, 4, 2, 1]);
  });
});

import { describe, expect, it } from "vitest";
import { cardSettingsFrom, CARD_SETTING_KEYS, DEFAULT_CARD_SETTINGS, nextCardStep, rateCardFor, vetoCardFor, vetoCondition } from "@/lib/domain/warnings";
import type { TargetStatus } from "@/lib/domain/status";

const rate = (indicatorCode: string, status: TargetStatus) => ({ kind: "RATE" as const, status, indicatorCode });
const stock = (indicatorCode: string, status: TargetStatus) => ({ kind: "STOCK" as const, status, indicatorCode });

describe("rateCardFor (default settings)", () => {
  const settings = DEFAULT_CARD_SETTINGS;

  it("gives no card while no pass-rate target is off track or missed", () => {
    expect(rateCardFor([rate("A", "AT_RISK"), rate("B", "ON_TRACK"), rate("C", "NO_DATA"), stock("D", "OFF_TRACK")], settings)).toBeNull();
  });

  it("gives a yellow card for exactly one off-track pass-rate target", () => {
    expect(rateCardFor([rate("PQ", "OFF_TRACK"), rate("B", "ACHIEVED")], settings)).toEqual({ color: "YELLOW", reason: "RATE_OFF_TRACK", indicatorCodes: ["PQ"] });
  });

  it("gives a red card from two off-track pass-rate targets on (the boundary)", () => {
    expect(rateCardFor([rate("PQ", "OFF_TRACK"), rate("AIR", "OFF_TRACK")], settings)).toEqual({ color: "RED", reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes: ["PQ", "AIR"] });
  });

  it("gives a red card for one missed pass-rate target", () => {
    expect(rateCardFor([rate("WATER", "MISSED")], settings)).toEqual({ color: "RED", reason: "RATE_MISSED", indicatorCodes: ["WATER"] });
  });

  it("does not count off-track targets of other kinds", () => {
    expect(rateCardFor([rate("PQ", "OFF_TRACK"), stock("BRANDS", "OFF_TRACK"), stock("X", "MISSED")], settings)?.color).toBe("YELLOW");
  });
});

describe("vetoCardFor", () => {
  it("gives a red card for any veto event while the setting is on", () => {
    expect(vetoCardFor(["MAJOR_INCIDENT", "MAJOR_INCIDENT"], DEFAULT_CARD_SETTINGS)).toEqual({ color: "RED", reason: "VETO_EVENT", vetoCodes: ["MAJOR_INCIDENT"] });
  });

  it("gives none without a veto event, or with the setting off", () => {
    expect(vetoCardFor([], DEFAULT_CARD_SETTINGS)).toBeNull();
    expect(vetoCardFor(["FALSIFIED_DATA"], { ...DEFAULT_CARD_SETTINGS, redOnVeto: false })).toBeNull();
  });

  it("names one condition per assessment year", () => {
    expect(vetoCondition(2020)).toBe("VETO:2020");
  });
});

describe("nextCardStep", () => {
  const yellow = { color: "YELLOW" as const, reason: "RATE_OFF_TRACK" as const, indicatorCodes: ["PQ"] };
  const red = { color: "RED" as const, reason: "RATE_OFF_TRACK_MULTIPLE" as const, indicatorCodes: ["PQ", "AIR"] };
  const openYellow = { color: "YELLOW" as const, reason: "RATE_OFF_TRACK", indicatorCodes: ["PQ"] };
  const openRed = { color: "RED" as const, reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes: ["PQ", "AIR"] };

  it("issues a card where none is open", () => {
    expect(nextCardStep(null, red)).toEqual({ kind: "ISSUE", card: red });
  });

  it("never issues a second card for the same condition (idempotent)", () => {
    expect(nextCardStep(openRed, red)).toEqual({ kind: "NONE" });
    expect(nextCardStep(openYellow, yellow)).toEqual({ kind: "NONE" });
  });

  it("turns an open yellow card red when the condition worsens, but never a red one yellow", () => {
    expect(nextCardStep(openYellow, red)).toEqual({ kind: "UPDATE", card: { color: "RED", reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes: ["PQ", "AIR"] } });
    expect(nextCardStep(openRed, yellow)).toEqual({ kind: "NONE" });
  });

  it("adds an indicator newly off track to the open card without changing its colour", () => {
    const other = { color: "YELLOW" as const, reason: "RATE_OFF_TRACK" as const, indicatorCodes: ["WATER"] };
    expect(nextCardStep(openYellow, other)).toEqual({ kind: "UPDATE", card: { color: "YELLOW", reason: "RATE_OFF_TRACK", indicatorCodes: ["PQ", "WATER"] } });
  });

  it("leaves an open card alone when nothing is earned any more (lifting is the office's step)", () => {
    expect(nextCardStep(openRed, null)).toEqual({ kind: "NONE" });
  });
});

describe("cardSettingsFrom", () => {
  it("keeps the defaults without stored rows", () => {
    expect(cardSettingsFrom([])).toEqual(DEFAULT_CARD_SETTINGS);
    expect(DEFAULT_CARD_SETTINGS).toEqual({ yellowOffTrackRates: 1, redOffTrackRates: 2, redOnMissedRate: true, redOnVeto: true, liftQuarters: 2 });
  });

  it("reads stored counts and flags and ignores unusable values", () => {
    const settings = cardSettingsFrom([
      { key: CARD_SETTING_KEYS.redOffTrackRates, value: "3" },
      { key: CARD_SETTING_KEYS.redOnVeto, value: "false" },
      { key: CARD_SETTING_KEYS.liftQuarters, value: "0" },
      { key: CARD_SETTING_KEYS.yellowOffTrackRates, value: "1.5" },
      { key: CARD_SETTING_KEYS.redOnMissedRate, value: "yes" },
    ]);
    expect(settings).toEqual({ ...DEFAULT_CARD_SETTINGS, redOffTrackRates: 3, redOnVeto: false });
    expect(rateCardFor([rate("A", "OFF_TRACK"), rate("B", "OFF_TRACK")], settings)?.color).toBe("YELLOW");
  });
});

// Which card a region's evaluations earn, and what that means for the cards it already holds.
// Pure: the data layer (lib/data/warnings/sync.ts) loads the statuses and applies the outcome.
import { cardsFor, type Card, type CardColor } from "../scorecard";
import type { IndicatorKind } from "../measure";
import type { TargetStatus } from "../status";
import type { CardSettings } from "./card-settings";

/** The condition a rule card answers; one open card per region and condition. */
export type ConditionKey = "RATE" | `VETO:${string}`;

export const RATE_CONDITION: ConditionKey = "RATE";
export const vetoCondition = (year: number): ConditionKey => `VETO:${year}`;

/** The card a region's pass-rate (RATE) targets earn under the settings, or null. */
export function rateCardFor(
  targets: readonly { kind: IndicatorKind; status: TargetStatus; indicatorCode: string }[],
  settings: CardSettings,
): Card | null {
  return cardsFor(targets, settings)[0] ?? null;
}

/** A red card for veto events (一票否决) entered for a region's assessment year, when the settings ask for one. */
export function vetoCardFor(vetoCodes: readonly string[], settings: CardSettings): { color: CardColor; reason: "VETO_EVENT"; vetoCodes: string[] } | null {
  if (!settings.redOnVeto || vetoCodes.length === 0) return null;
  return { color: "RED", reason: "VETO_EVENT", vetoCodes: [...new Set(vetoCodes)] };
}

const SEVERITY: Record<CardColor, number> = { YELLOW: 1, RED: 2 };

export type CardStep =
  | { kind: "NONE" }
  | { kind: "ISSUE"; card: Card }
  /** The open card turns red, or names more indicators; it keeps its history. */
  | { kind: "UPDATE"; card: { color: CardColor; reason: string; indicatorCodes: string[] } };

/**
 * What a region's open rule card for a condition (null: none) becomes given the card its
 * evaluations earn now. The same condition never gets a second open card: a worse condition
 * turns the open card red and adds the indicators now off track. A card never turns milder or
 * drops an indicator by itself (lifting is the office's decision).
 */
export function nextCardStep(open: { color: CardColor; reason: string; indicatorCodes: readonly string[] } | null, earned: Card | null): CardStep {
  if (!earned) return { kind: "NONE" };
  if (!open) return { kind: "ISSUE", card: earned };
  const isWorse = SEVERITY[earned.color] > SEVERITY[open.color];
  const indicatorCodes = [...new Set([...open.indicatorCodes, ...earned.indicatorCodes])];
  if (!isWorse && indicatorCodes.length === open.indicatorCodes.length) return { kind: "NONE" };
  return {
    kind: "UPDATE",
    card: { color: isWorse ? earned.color : open.color, reason: isWorse ? earned.reason : open.reason, indicatorCodes },
  };
}

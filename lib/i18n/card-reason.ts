// A red or yellow card's reason in the reader's language: the office's own words for a card issued by
// hand, the translated rule otherwise (the stored reason when a rule code has no translation).
import type { Translate } from "./translate";

export function cardReason(t: Translate, card: { reasonCode: string; reason: string }): string {
  const key = `warnings.reason.${card.reasonCode}`;
  const label = t(key);
  return card.reasonCode === "MANUAL" || label === key ? card.reason : label;
}

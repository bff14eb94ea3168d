// What a scheme refers to outside itself: the indicators whose facts it reads and the named
// counters it counts. The data layer loads those facts and asks the office for the counters
// it cannot derive; the seed tests check the references exist.

import type { AssessmentScheme, Rule, SchemeItem } from "./types";

/** Counters the application derives itself: open (not lifted) cards of each colour. */
export const CARD_COUNTERS = { RED: "RED_CARDS_OPEN", YELLOW: "YELLOW_CARDS_OPEN" } as const;

/** Every scored item: the main items by group, then the bonus and the deduction items. */
export function schemeItems(scheme: AssessmentScheme): SchemeItem[] {
  return [...scheme.groups.flatMap((g) => g.items), ...scheme.bonus.items, ...scheme.deductions.items];
}

function rules(scheme: AssessmentScheme): Rule[] {
  return schemeItems(scheme).map((item) => item.rule);
}

/** Indicator codes named by the scheme's rules, in order of first mention. */
export function indicatorCodesOf(scheme: AssessmentScheme): string[] {
  const codes = rules(scheme).flatMap((rule) => {
    if (rule.kind === "count") return "indicatorCode" in rule.source ? [rule.source.indicatorCode] : [];
    return "indicatorCode" in rule ? [rule.indicatorCode] : [];
  });
  return [...new Set(codes)];
}

/** Target areas named by share rules, in order of first mention. */
export function areasOf(scheme: AssessmentScheme): string[] {
  return [...new Set(rules(scheme).flatMap((rule) => (rule.kind === "share" ? [rule.area] : [])))];
}

/** Named counters counted by the scheme's rules, in order of first mention. */
export function countersOf(scheme: AssessmentScheme): string[] {
  const counters = rules(scheme).flatMap((rule) => (rule.kind === "count" && "counter" in rule.source ? [rule.source.counter] : []));
  return [...new Set(counters)];
}

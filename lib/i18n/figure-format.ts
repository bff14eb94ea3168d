// How targets and rate figures read on screen (other values: formatValue in values.ts).
import type { Locale } from "./locales";
import { formatNumber } from "./format";
import { withUnit } from "./units";
import { COMPARATOR_SYMBOL } from "./values";

export function formatTarget(locale: Locale, target: { comparator: string; targetValue: number }, unit: string, decimals: number): string {
  const symbol = COMPARATOR_SYMBOL[target.comparator as keyof typeof COMPARATOR_SYMBOL] ?? target.comparator;
  const value = formatNumber(locale, target.targetValue, Number.isInteger(target.targetValue) ? 0 : decimals);
  return `${symbol} ${withUnit(locale, value, unit)}`;
}

/** A RATE figure as "95.2% (250/263)". */
export function formatRate(locale: Locale, numerator: number | null, denominator: number | null, decimals: number): string {
  if (numerator === null || denominator === null || denominator <= 0) return "—";
  const counts = `${formatNumber(locale, numerator, Number.isInteger(numerator) ? 0 : 2)}/${formatNumber(locale, denominator, Number.isInteger(denominator) ? 0 : 2)}`;
  return `${formatNumber(locale, (numerator / denominator) * 100, decimals)}% (${counts})`;
}

// How figures and targets read on screen: the number a figure stands for, comparators as symbols.
import type { Locale } from "./locales";
import { formatNumber } from "./format";

export const COMPARATOR_SYMBOL: Record<string, string> = { GTE: "≥", LTE: "≤", EQ: "=", GT: ">", LT: "<" };

export function formatTarget(locale: Locale, target: { comparator: string; targetValue: number }, unit: string, decimals: number): string {
  const symbol = COMPARATOR_SYMBOL[target.comparator] ?? target.comparator;
  const value = formatNumber(locale, target.targetValue, Number.isInteger(target.targetValue) ? 0 : decimals);
  return `${symbol} ${value}${unit === "%" ? "%" : ` ${unit}`}`;
}

export function formatFigure(locale: Locale, value: number | null, unit: string, decimals: number): string {
  if (value === null) return "—";
  return `${formatNumber(locale, value, decimals)}${unit === "%" ? "%" : ` ${unit}`}`;
}

/** A RATE figure as "95.2% (250/263)". */
export function formatRate(locale: Locale, numerator: number | null, denominator: number | null, decimals: number): string {
  if (numerator === null || denominator === null || denominator <= 0) return "—";
  const counts = `${formatNumber(locale, numerator, Number.isInteger(numerator) ? 0 : 2)}/${formatNumber(locale, denominator, Number.isInteger(denominator) ? 0 : 2)}`;
  return `${formatNumber(locale, (numerator / denominator) * 100, decimals)}% (${counts})`;
}

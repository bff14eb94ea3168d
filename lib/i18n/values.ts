// Formatting of indicator values, comparators and quarters for display and exports.
import type { Locale } from "./locales";
import { formatNumber } from "./format";
import type { Translate } from "./translate";
import { withUnit } from "./units";

export const COMPARATOR_SYMBOL = { GTE: "≥", LTE: "≤", EQ: "=", GT: ">", LT: "<" } as const;

export function formatValue(locale: Locale, value: number | null | undefined, decimals: number, unit: string): string {
  if (value === null || value === undefined) return "—";
  return withUnit(locale, formatNumber(locale, value, decimals), unit);
}

/** "2020Q3" → "2020年第三季度" / "Q3 2020"; "2020" → "2020年" / "2020". */
export function formatPeriodLabel(t: Translate, period: string): string {
  const match = /^(\d{4})(?:Q([1-4]))?$/.exec(period);
  if (!match) return period;
  return match[2] ? t(`period.quarter${match[2]}`, { year: match[1] ?? "" }) : t("period.year", { year: match[1] ?? "" });
}

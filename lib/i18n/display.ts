// How figures read wherever they are shown: pages, the exports (CSV, XLSX, DOCX, PDF) and the API all
// call these, so a target, a value, a progress share and a period read the same everywhere.
//
// - A value: the indicator's decimals, then its unit as the language writes it ("95.0%", "30 个" / "30").
// - A target: the comparator's symbol, then the target value with the indicator's decimals, but never
//   fewer digits than the target itself was set with (at most 4): a target of 2.5 on a whole-number
//   indicator reads "≥ 2.5", not "≥ 3". Whole-number targets keep the indicator's decimals ("≥ 95.0%"),
//   like the values they are compared with.
// - Progress (and the expected progress): a share of the way from baseline to target, 1 = all of it,
//   as a whole percentage rounded half away from zero ("62.5%" of the way reads "63%").
//   In a spreadsheet cell a value is a number rounded to the indicator's decimals (cellNumber), and
//   progress a share rounded to 3 decimals (0.625), for the sheet to compute with.
// - A period: the code "2020Q3" (formatPeriod in lib/domain/period.ts) in data, keys and file names;
//   "2020年第三季度" / "Q3 2020" in text (formatPeriodLabel).
import type { ComparatorValue } from "@/lib/validations/enums";
import type { Locale } from "./locales";
import { formatNumber } from "./format";
import type { Translate } from "./translate";
import { withUnit } from "./units";

export const COMPARATOR_SYMBOL = { GTE: "≥", LTE: "≤", EQ: "=", GT: ">", LT: "<" } as const satisfies Record<ComparatorValue, string>;

/** The comparator as plain ASCII, for systems that read the API. */
export const COMPARATOR_ASCII = { GTE: ">=", LTE: "<=", EQ: "=", GT: ">", LT: "<" } as const satisfies Record<ComparatorValue, string>;

const MAX_TARGET_DECIMALS = 4;

export function formatValue(locale: Locale, value: number | null | undefined, decimals: number, unit: string): string {
  if (value === null || value === undefined) return "—";
  return withUnit(locale, formatNumber(locale, value, decimals), unit);
}

/** A number for a spreadsheet cell: rounded to `decimals` but left a number, so the sheet can compute with it. */
export function cellNumber(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : Number(value.toFixed(decimals));
}

/** "≥ 95.0%", "≤ 35 微克/立方米", "≥ 3 项" / "≥ 3". */
export function formatTarget(locale: Locale, target: { comparator: ComparatorValue; targetValue: number }, indicator: { unit: string; decimals: number }): string {
  const ownDecimals = (String(target.targetValue).split(".")[1] ?? "").length;
  const decimals = Math.min(MAX_TARGET_DECIMALS, Math.max(indicator.decimals, ownDecimals));
  return `${COMPARATOR_SYMBOL[target.comparator]} ${formatValue(locale, target.targetValue, decimals, indicator.unit)}`;
}

/** A share of the way to the target (1 = all of it) as "63%"; "—" when there is none. */
export function formatProgress(locale: Locale, share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "—";
  return `${formatNumber(locale, share * 100, 0)}%`;
}

/** A RATE figure as "95.2% (250/263)". */
export function formatRate(locale: Locale, numerator: number | null, denominator: number | null, decimals: number): string {
  if (numerator === null || denominator === null || denominator <= 0) return "—";
  const counts = `${formatNumber(locale, numerator, Number.isInteger(numerator) ? 0 : 2)}/${formatNumber(locale, denominator, Number.isInteger(denominator) ? 0 : 2)}`;
  return `${formatNumber(locale, (numerator / denominator) * 100, decimals)}% (${counts})`;
}

/** "2020Q3" → "2020年第三季度" / "Q3 2020"; "2020" → "2020年" / "2020". */
export function formatPeriodLabel(t: Translate, period: string): string {
  const match = /^(\d{4})(?:Q([1-4]))?$/.exec(period);
  if (!match) return period;
  return match[2] ? t(`period.quarter${match[2]}`, { year: match[1] ?? "" }) : t("period.year", { year: match[1] ?? "" });
}

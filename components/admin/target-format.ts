// How a target reads in tables: "≥ 95%", "≤ 35 微克/立方米", "2–3 个".
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { SYMBOL_OF_COMPARATOR } from "@/lib/validations/target";
import type { ComparatorValue } from "@/lib/validations/enums";

export function formatTargetValue(locale: Locale, comparator: ComparatorValue, value: number, unit: string, decimals = 0): string {
  const digits = Math.max(decimals, (String(value).split(".")[1] ?? "").length);
  const number = formatNumber(locale, value, Math.min(digits, 4));
  return `${SYMBOL_OF_COMPARATOR[comparator]} ${number}${unit === "%" || unit === "‰" ? "" : " "}${unit}`;
}

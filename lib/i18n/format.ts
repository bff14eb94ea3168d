// Locale-aware number and date formatting (Intl), shared by pages, charts and exports.
import type { Locale } from "./locales";

export function formatNumber(locale: Locale, value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    // A small negative number that rounds to zero reads "0", not "-0".
    signDisplay: "negative",
  }).format(value);
}

export function formatDate(locale: Locale, value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Shanghai" }).format(date);
}

/** A record's name in the UI language: the English name where one exists, else the Chinese one. */
export function localizedName(locale: Locale, name: string, nameEn: string | null | undefined): string {
  return locale === "en" && nameEn ? nameEn : name;
}

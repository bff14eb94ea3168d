// Locale-aware number and date formatting (Intl), shared by pages, charts and exports.
import type { Locale } from "./locales";

// Formatters are built once per locale and option: building one costs far more than formatting (a
// province's report formats tens of thousands of numbers).
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(locale: Locale, value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const key = `${locale}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // A small negative number that rounds to zero reads "0", not "-0".
      signDisplay: "negative",
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatDate(locale: Locale, value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Asia/Shanghai" });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** A record's name in the UI language: the English name where one exists, else the Chinese one. */
export function localizedName(locale: Locale, name: string, nameEn: string | null | undefined): string {
  return locale === "en" && nameEn ? nameEn : name;
}

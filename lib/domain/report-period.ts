// The period a summary report covers: a quarter ("2020Q2", as of the end of that quarter) or a year
// ("2020", as of its fourth quarter, or of the latest quarter reached while the year is not over).
import { formatPeriod, parsePeriod, periodFromIndex, periodIndex, yearEndIndex, yearStartIndex, MAX_YEAR, MIN_YEAR, type Quarter } from "./period";

export type ReportPeriod = { kind: "QUARTER"; year: number; quarter: Quarter } | { kind: "YEAR"; year: number };

/** Strict "2020" or "2020Q3"; anything else is null. */
export function parseReportPeriod(text: string): ReportPeriod | null {
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: "YEAR", year } : null;
  }
  const quarter = parsePeriod(text);
  return quarter ? { kind: "QUARTER", ...quarter } : null;
}

export function formatReportPeriod(p: ReportPeriod): string {
  return p.kind === "YEAR" ? String(p.year) : formatPeriod(p);
}

/**
 * The quarter the report judges targets at, given the current quarter (the one dashboards are judged
 * at); null when the period lies entirely after it, since nothing can be reported about it yet.
 */
export function reportAsOfIndex(p: ReportPeriod, currentIndex: number): number | null {
  if (p.kind === "QUARTER") {
    const index = periodIndex(p);
    return index <= currentIndex ? index : null;
  }
  if (yearStartIndex(p.year) > currentIndex) return null;
  return Math.min(yearEndIndex(p.year), currentIndex);
}

/** The period a report compares itself with: the quarter before, or the year before. */
export function previousReportPeriod(p: ReportPeriod): ReportPeriod {
  if (p.kind === "YEAR") return { kind: "YEAR", year: p.year - 1 };
  return { kind: "QUARTER", ...periodFromIndex(periodIndex(p) - 1) };
}

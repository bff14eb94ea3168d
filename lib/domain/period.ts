// Quarters as plain integers (year * 4 + quarter − 1) so that distances, windows and
// regressions over time are ordinary arithmetic.

export type Quarter = 1 | 2 | 3 | 4;

export interface Period {
  year: number;
  quarter: Quarter;
}

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export function toQuarter(n: number): Quarter | null {
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

export function periodIndex(p: Period): number {
  return p.year * 4 + (p.quarter - 1);
}

export function periodFromIndex(i: number): Period {
  if (!Number.isInteger(i)) throw new RangeError(`period index must be an integer: ${i}`);
  const year = Math.floor(i / 4);
  const quarter = toQuarter(i - year * 4 + 1);
  // Unreachable for integers; keeps the type honest without a cast.
  if (quarter === null) throw new RangeError(`bad period index: ${i}`);
  return { year, quarter };
}

/** The period's code, "2020Q3": the one way data, keys and file names write a quarter (text: formatPeriodLabel). */
export function formatPeriod(p: { year: number; quarter: number }): string {
  return `${p.year}Q${p.quarter}`;
}

export function formatPeriodIndex(i: number): string {
  return formatPeriod(periodFromIndex(i));
}

const PERIOD_PATTERN = /^(\d{4})Q([1-4])$/;

/** Strict "2020Q3"; anything else (lower-case q, spaces, out-of-range years) is null. */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = toQuarter(Number(match[2]));
  if (quarter === null || year < MIN_YEAR || year > MAX_YEAR) return null;
  return { year, quarter };
}

/**
 * Baseline periods are stored as "2016" (a whole year) or "2016Q4"; a bare year means the
 * state at the end of that year, i.e. its fourth quarter.
 */
export function parseYearOrPeriod(text: string): Period | null {
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { year, quarter: 4 } : null;
  }
  return parsePeriod(text);
}

/** Midnight UTC of the last day of the quarter. */
export function periodEndDate(p: Period): Date {
  // Day 0 of the month after the quarter is the quarter's last day.
  return new Date(Date.UTC(p.year, p.quarter * 3, 0));
}

export function previousPeriod(p: Period): Period {
  return periodFromIndex(periodIndex(p) - 1);
}

export function nextPeriod(p: Period): Period {
  return periodFromIndex(periodIndex(p) + 1);
}

/** Every quarter from fromIdx to toIdx, both included; empty when fromIdx > toIdx. */
export function periodsBetween(fromIdx: number, toIdx: number): Period[] {
  const periods: Period[] = [];
  for (let i = fromIdx; i <= toIdx; i += 1) periods.push(periodFromIndex(i));
  return periods;
}

export function yearStartIndex(year: number): number {
  return year * 4;
}

export function yearEndIndex(year: number): number {
  return year * 4 + 3;
}

/** A target's deadline: a stored quarter, or the end of the deadline year when none is stored. */
export function deadlineIndexOf(year: number, quarter: number | null): number {
  const q = quarter === null ? null : toQuarter(quarter);
  return q === null ? yearEndIndex(year) : periodIndex({ year, quarter: q });
}

/**
 * The quarter a moment falls in. Dates are instants, so the calendar used matters near a
 * quarter boundary: pass 480 to read them on Beijing time instead of UTC.
 */
export function periodIndexOfDate(d: Date, utcOffsetMinutes = 0): number {
  const local = new Date(d.getTime() + utcOffsetMinutes * 60_000);
  return local.getUTCFullYear() * 4 + Math.floor(local.getUTCMonth() / 3);
}

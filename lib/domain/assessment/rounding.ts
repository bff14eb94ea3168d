// Rounding as a score sheet does it. Item points are kept to 2 decimals and added as whole
// hundredths, so that sums carry no floating-point noise; the total is then rounded half up to
// one decimal, the way a notice (通报) prints it. The grade and the rank are taken from that
// printed total, so that a region printed as 90.0 is never graded B (89.95 → 90.0 → A, while
// 89.94 → 89.9 → B).

/** x in whole hundredths, half up (x ≥ 0); 0.145 → 15 despite 0.145 × 100 = 14.4999…. */
export function toHundredths(x: number): number {
  return Math.round(Number((x * 100).toFixed(6)));
}

/** Points rounded half up to 2 decimals. */
export function roundPoints(x: number): number {
  return toHundredths(x) / 100;
}

/** Whole hundredths (≥ 0) to whole tenths, half up: 8995 → 900, 8994 → 899. */
export function hundredthsToTenths(hundredths: number): number {
  return Math.floor((hundredths + 5) / 10);
}

/** A non-negative score rounded half up to one decimal, as printed: 89.95 → 90, 89.94 → 89.9. */
export function printedScore(x: number): number {
  return hundredthsToTenths(toHundredths(x)) / 10;
}

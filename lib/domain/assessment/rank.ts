// Ranking among regions: competition ranking (1, 2, 2, 4), ties share the better rank.

import type { Direction } from "../status";

/**
 * Ranks of `items` in their input order, best first by `compare` (negative when a is better);
 * items comparing as 0 share the better rank.
 */
export function competitionRanks<T>(items: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = items.map((_, index) => index).sort((a, b) => compare(items[a] as T, items[b] as T));
  const ranks = new Array<number>(items.length).fill(0);
  order.forEach((index, position) => {
    const previous = position > 0 ? order[position - 1] : undefined;
    const tied = previous !== undefined && compare(items[previous] as T, items[index] as T) === 0;
    ranks[index] = tied && previous !== undefined ? (ranks[previous] as number) : position + 1;
  });
  return ranks;
}

/** Figures that differ by less than this (relative) are equal: 95.00000000000001 ties 95. */
const TOLERANCE = 1e-9;

export function compareFigures(a: number, b: number, direction: Direction): number {
  if (Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b), 1)) return 0;
  return direction === "HIGHER_IS_BETTER" ? b - a : a - b;
}

/**
 * Rank of each region's figure among those with one (regions without a figure are left out),
 * by region code, with the number ranked.
 */
export function rankFigures(
  figures: readonly { regionCode: string; value: number | null }[],
  direction: Direction,
): { ranks: Map<string, number>; of: number } {
  const known = figures.filter((f): f is { regionCode: string; value: number } => f.value !== null && Number.isFinite(f.value));
  const ranks = competitionRanks(known, (a, b) => compareFigures(a.value, b.value, direction));
  return { ranks: new Map(known.map((f, i) => [f.regionCode, ranks[i] as number])), of: known.length };
}

/**
 * The share of the first band with rank ÷ of ≤ upTo (bands in rising `upTo`), else 0: of 4
 * regions, rank 1 is in the top third, rank 2 in the middle, ranks 3 and 4 in the bottom. The
 * first-ranked always gets the first band, so that the best of 1 or 2 is never "bottom third".
 */
export function bandShare(rank: number, of: number, bands: readonly { upTo: number; share: number }[]): number {
  const position = rank <= 1 ? 0 : rank / of;
  return bands.find((band) => position <= band.upTo + TOLERANCE)?.share ?? 0;
}

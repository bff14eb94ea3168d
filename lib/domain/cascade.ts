// Splitting a higher region's target to its children, and checking a split adds back up.

import type { IndicatorKind } from "./measure";
import { satisfies, type Comparator } from "./status";

export interface Share {
  regionCode: string;
  share: number;
}

export interface ChildTarget {
  regionCode: string;
  targetValue: number;
}

function decimalsOf(value: number): number {
  for (let d = 0; d < 6; d += 1) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 6;
}

/**
 * Per-child targets. A RATE is a standard every child must meet, so it is inherited as is.
 * Counts (STOCK/FLOW) are divided in proportion to the shares and rounded to `decimals`
 * (default: as many as the parent value has, so 30 个 splits into whole numbers) by largest
 * remainder, so that the children always add back up to exactly the parent value. Negative
 * or non-finite shares count as 0; when no share is positive the value is split evenly.
 */
export function splitTarget(
  kind: IndicatorKind,
  value: number,
  shares: readonly Share[],
  opts: { decimals?: number } = {},
): ChildTarget[] {
  if (kind === "RATE") return shares.map((s) => ({ regionCode: s.regionCode, targetValue: value }));
  if (shares.length === 0) return [];

  const weights = shares.map((s) => (Number.isFinite(s.share) && s.share > 0 ? s.share : 0));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const normalised = totalWeight > 0 ? weights.map((w) => w / totalWeight) : weights.map(() => 1 / shares.length);

  const decimals = opts.decimals ?? decimalsOf(value);
  const scale = 10 ** decimals;
  const sign = value < 0 ? -1 : 1;
  const units = Math.round(Math.abs(value) * scale);
  const exact = normalised.map((w) => units * w);
  const floors = exact.map((x) => Math.floor(x + 1e-9));
  let left = units - floors.reduce((a, b) => a + b, 0);
  // Largest remainders first; earlier children win ties so the result is deterministic.
  const order = exact.map((x, i) => ({ i, rest: x - (floors[i] ?? 0) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return shares.map((s, i) => ({
    regionCode: s.regionCode,
    targetValue: (sign * (floors[i] ?? 0)) / scale,
  }));
}

export interface SplitCheck {
  /** The children's targets combined as the parent's figure would be; null if undefined. */
  combined: number | null;
  meetsParent: boolean;
  /** combined − parent target. */
  gap: number | null;
  /** RATE: children whose own target falls short of the parent's. */
  shortChildren: string[];
}

/**
 * Rolls the children's targets back up. Counts add up. A RATE pools as Σnum/Σden, so with
 * every child's expected denominator given as `weight` the combined rate is the weighted
 * one; without them no pooled rate can be formed, and the split meets the parent only when
 * every child's rate does (which guarantees the pooled rate does, whatever the weights).
 */
export function checkSplit(
  kind: IndicatorKind,
  parent: { comparator: Comparator; targetValue: number },
  children: readonly (ChildTarget & { weight?: number })[],
): SplitCheck {
  const target = parent.targetValue;
  if (children.length === 0) return { combined: null, meetsParent: false, gap: null, shortChildren: [] };

  if (kind !== "RATE") {
    const combined = children.reduce((s, c) => s + c.targetValue, 0);
    return { combined, meetsParent: satisfies(parent.comparator, combined, target), gap: combined - target, shortChildren: [] };
  }

  const shortChildren = children
    .filter((c) => !satisfies(parent.comparator, c.targetValue, target))
    .map((c) => c.regionCode);
  const weighted = children.every((c) => c.weight !== undefined && Number.isFinite(c.weight) && c.weight > 0);
  if (!weighted) {
    return { combined: null, meetsParent: shortChildren.length === 0, gap: null, shortChildren };
  }
  const totalWeight = children.reduce((s, c) => s + (c.weight ?? 0), 0);
  const combined = children.reduce((s, c) => s + c.targetValue * (c.weight ?? 0), 0) / totalWeight;
  return { combined, meetsParent: satisfies(parent.comparator, combined, target), gap: combined - target, shortChildren };
}

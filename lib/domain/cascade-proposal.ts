// The proposal of the cascade screen (分解到下级): which value each child region gets from its
// parent's target under a chosen basis, and which existing child targets a re-split must not
// overwrite without being told to.

import type { IndicatorKind } from "./measure";
import { splitTarget, type ChildTarget } from "./cascade";
import { satisfies, type Comparator } from "./status";

/** How counts and amounts are divided: equally, in proportion to each child's baseline, or to a typed share. */
export type CascadeBasis = "EQUAL" | "BASELINE" | "SHARE";

export interface CascadeChildInput {
  regionCode: string;
  baseline: number | null;
  /** The share typed for this child (basis SHARE), any positive weight; null counts as 0. */
  share: number | null;
}

/**
 * The proposed value per child. Rates and levels are inherited (each child then may raise its own
 * on the screen); counts are split by the basis and add back up exactly to the parent's value.
 * With BASELINE and no child baseline known, the split falls back to equal (splitTarget's rule).
 */
export function proposeSplit(
  kind: IndicatorKind,
  parentValue: number,
  basis: CascadeBasis,
  children: readonly CascadeChildInput[],
  decimals?: number,
): ChildTarget[] {
  const shares = children.map((c) => ({
    regionCode: c.regionCode,
    share: basis === "EQUAL" ? 1 : basis === "BASELINE" ? (c.baseline ?? 0) : (c.share ?? 0),
  }));
  return splitTarget(kind, parentValue, shares, decimals === undefined ? {} : { decimals });
}

const EPSILON = 1e-9;

/** A child target changed by hand since the cascade set it (or never set by a cascade at all). */
export function isEditedByHand(child: { targetValue: number; cascadedValue: number | null }): boolean {
  return child.cascadedValue === null || Math.abs(child.targetValue - child.cascadedValue) > EPSILON * Math.max(1, Math.abs(child.targetValue));
}

/**
 * The parent changed after its last cascade: a rate's children no longer all meet it, or none of
 * them holds its value any more (it was lowered); counts no longer add up to what the cascade
 * handed out. Then the screen offers a re-split.
 */
export function isCascadeStale(kind: IndicatorKind, parent: { comparator: Comparator; targetValue: number }, cascadedValues: readonly number[]): boolean {
  if (cascadedValues.length === 0) return false;
  const same = (v: number) => Math.abs(v - parent.targetValue) <= EPSILON * Math.max(1, Math.abs(v));
  if (kind === "RATE") {
    return cascadedValues.some((v) => !same(v) && !satisfies(parent.comparator, v, parent.targetValue)) || !cascadedValues.some(same);
  }
  return !same(cascadedValues.reduce((a, b) => a + b, 0));
}

// One item's score: the rule's computed points, replaced by a given score (self-assessed or
// verified) where there is one, with the issues that keep the score from being final.

import type { ItemIssue, ItemScore, ItemSection } from "./results";
import { roundPoints } from "./rounding";
import { applyRule, type RuleContext } from "./rules";
import type { GivenScore, SchemeItem } from "./types";

/** Half a hundredth: scores closer than this are the same printed score. */
const SAME = 0.005;

const clamp = (x: number, max: number) => Math.min(max, Math.max(0, x));

function hasReason(given: GivenScore): boolean {
  return given.reason !== null && given.reason.trim() !== "";
}

/**
 * A given score counts (clamped to 0..max); it needs a reason when the item is manual or when
 * it differs from the computed points. A manual item without a given score counts 0: for a
 * main item that is an issue (it must be scored), for a bonus or deduction item it means
 * nothing was claimed or found.
 */
export function scoreItem(item: SchemeItem, section: ItemSection, groupCode: string | null, ctx: RuleContext): ItemScore {
  const { points: raw, explanation } = applyRule(item.rule, item.points, ctx);
  const computed = raw === null ? null : roundPoints(clamp(raw, item.points));
  const given = ctx.region.given[item.code] ?? null;
  const issues: ItemIssue[] = [];
  let points = computed ?? 0;

  if (given === null) {
    if (computed === null && section === "MAIN") issues.push("SCORE_MISSING");
  } else if (!Number.isFinite(given.points)) {
    issues.push("OUT_OF_RANGE");
  } else {
    if (given.points < 0 || given.points > item.points) issues.push("OUT_OF_RANGE");
    points = roundPoints(clamp(given.points, item.points));
    const differs = computed === null || Math.abs(points - computed) >= SAME;
    if (differs && !hasReason(given)) issues.push("REASON_REQUIRED");
    const { rule } = item;
    if (rule.kind === "manual" && rule.levels !== null && !rule.levels.some((level) => Math.abs(level * item.points - points) < SAME)) {
      issues.push("NOT_A_LEVEL");
    }
  }

  return {
    code: item.code,
    section,
    groupCode,
    kind: item.rule.kind,
    max: item.points,
    computed,
    points,
    given,
    explanation,
    issues,
  };
}

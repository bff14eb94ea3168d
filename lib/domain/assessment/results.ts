// What the assessment engine returns: per item the points, the maximum and how they were
// computed (as data, for the UI to put in words), per region the totals, grade and rank.

import type { Comparator, TargetStatus } from "../status";
import type { GivenScore, RuleKind } from "./types";

/**
 * How a rule's inputs turned out: SCORED from data; NO_DATA (the figure or status is missing:
 * 0 points); NO_TARGET (the region has no such target: the rule's noTarget policy applies).
 */
export type Outcome = "SCORED" | "NO_DATA" | "NO_TARGET";

export type Explanation =
  | { kind: "status"; outcome: Outcome; status: TargetStatus | null; share: number }
  | {
      kind: "shortfall";
      outcome: Outcome;
      value: number | null;
      targetValue: number | null;
      comparator: Comparator | null;
      /** How far the value lies on the wrong side of the target, in the indicator's unit. */
      gap: number;
      /** Units counted after `partialUnits`, and the points they cost before the floor at 0. */
      units: number;
      deducted: number;
    }
  | { kind: "share"; outcome: Outcome; credited: number; targets: number; share: number }
  | { kind: "count"; outcome: Outcome; count: number; perItem: number }
  | {
      kind: "tiers";
      outcome: Outcome;
      value: number | null;
      targetValue: number | null;
      met: boolean;
      /** Null when met, or when it cannot be computed (no data, target = baseline …). */
      attainment: number | null;
      share: number;
    }
  | {
      kind: "growth";
      outcome: Outcome;
      value: number | null;
      lastYearValue: number | null;
      change: "BETTER" | "EQUAL" | "WORSE" | null;
      share: number;
    }
  | { kind: "rank"; outcome: Outcome; value: number | null; rank: number | null; of: number; share: number }
  | { kind: "manual" };

export type ItemIssue =
  /** A manual main item has no given score (it counts 0). */
  | "SCORE_MISSING"
  /** A manual score, or a score that differs from the computed one, has no reason. */
  | "REASON_REQUIRED"
  /** The given score lay outside 0..points (it was clamped), or was not a number. */
  | "OUT_OF_RANGE"
  /** A manual item with levels was given a score that is not one of them. */
  | "NOT_A_LEVEL";

export type ItemSection = "MAIN" | "BONUS" | "DEDUCTION";

export interface ItemScore {
  code: string;
  section: ItemSection;
  /** The 一级 item of a MAIN item; null for bonus and deduction items. */
  groupCode: string | null;
  kind: RuleKind;
  max: number;
  /** The rule's points, to 2 decimals; null for manual items. */
  computed: number | null;
  /**
   * The points that count, to 2 decimals: the given score clamped to 0..max if there is one,
   * else the computed points (0 for a manual item without a score). For a deduction item
   * these are points taken off.
   */
  points: number;
  given: GivenScore | null;
  explanation: Explanation;
  issues: ItemIssue[];
}

export interface GroupScore {
  code: string;
  points: number;
  max: number;
}

export interface RegionScore {
  regionCode: string;
  items: ItemScore[];
  groups: GroupScore[];
  /** Sum of the main items. */
  base: number;
  /** Bonus earned by the items, and what counts after the cap. */
  bonus: { earned: number; counted: number; cap: number };
  /** Deductions incurred by the items, and what counts after the cap. */
  deductions: { incurred: number; counted: number; cap: number };
  /** Codes of the veto items that apply (known to the scheme). */
  vetoes: string[];
  /** base + bonus − deductions, at least 0, rounded half up to one decimal: the printed total. */
  total: number;
  grade: string;
  /** Competition rank by printed total among the regions scored together; vetoed regions after the rest. */
  rank: number;
  of: number;
  /** True when any item has an issue: the score is not final. */
  hasIssues: boolean;
}

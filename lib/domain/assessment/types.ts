// The shapes of an assessment (考核): the scheme as stored data, what the engine needs per
// region, and what it returns. lib/validations/assessment.ts parses a stored scheme into
// AssessmentScheme (with the defaults filled in); the engine trusts a parsed scheme.

import type { Comparator, Direction, TargetStatus } from "../status";

/** A fraction of an item's points, 0..1. */
export type Share = number;

/** What a rule that needs the region's target gives when the region has no such target. */
export type NoTargetPolicy = "FULL" | "ZERO";

/** Points per target status; a status not listed earns 0. */
export interface StatusRule {
  kind: "status";
  indicatorCode: string;
  shares: Partial<Record<TargetStatus, Share>>;
  noTarget: NoTargetPolicy;
}

/**
 * Full points when the target is met, minus `deductPerUnit` for every `unit` the value falls
 * short (for ≤ / < targets: lies above; for = targets: lies off), never below 0. `partialUnits`
 * says how a part of a unit counts: PROPORTIONAL (0.4 units short costs 0.4 × the amount),
 * WHOLE (only completed units count) or STARTED (a started unit counts as a whole one).
 */
export interface ShortfallRule {
  kind: "shortfall";
  indicatorCode: string;
  deductPerUnit: number;
  unit: number;
  partialUnits: "PROPORTIONAL" | "WHOLE" | "STARTED";
  noTarget: NoTargetPolicy;
}

/** Points × the (weighted) share of the region's targets in `area` whose status is credited. */
export interface ShareRule {
  kind: "share";
  area: string;
  credited: TargetStatus[];
  noTarget: NoTargetPolicy;
}

/** Where a count comes from: an indicator's amount in the year, or a named counter. */
export type CountSource = { indicatorCode: string } | { counter: string };

/** `perItem` points per item counted, up to the item's points. */
export interface CountRule {
  kind: "count";
  source: CountSource;
  perItem: number;
}

/**
 * Met → `met` share; otherwise the first tier (highest `atLeast` first) whose attainment the
 * region reaches, else 0. Attainment on the VALUE basis is value ÷ target (target ÷ value for
 * ≤ / < targets); on the PROGRESS basis it is (value − baseline) ÷ (target − baseline).
 */
export interface TiersRule {
  kind: "tiers";
  indicatorCode: string;
  basis: "VALUE" | "PROGRESS";
  met: Share;
  tiers: { atLeast: number; share: Share }[];
  noTarget: NoTargetPolicy;
}

/** Better than last year → `above`; equal → `equal`; worse → `below` (direction-aware). */
export interface GrowthRule {
  kind: "growth";
  indicatorCode: string;
  above: Share;
  equal: Share;
  below: Share;
}

/**
 * Rank of the region's figure among the regions scored together (best first, ties share the
 * better rank); the region earns the share of the first band with rank ÷ ranked ≤ `upTo` (the
 * first-ranked always earns the first band's).
 */
export interface RankRule {
  kind: "rank";
  indicatorCode: string;
  bands: { upTo: number; share: Share }[];
}

/**
 * Scored by a person from evidence, with a reason. `levels` (shares such as 1 / 0.5 / 0)
 * restrict the scores allowed; null allows any score from 0 to the item's points.
 */
export interface ManualRule {
  kind: "manual";
  levels: Share[] | null;
}

export type Rule = StatusRule | ShortfallRule | ShareRule | CountRule | TiersRule | GrowthRule | RankRule | ManualRule;
export type RuleKind = Rule["kind"];

/** A scored item: a 二级 item, a bonus item or a deduction item. `points` is its maximum. */
export interface SchemeItem {
  code: string;
  name: string;
  points: number;
  /** Code of the department that scores it (部门打分), if named. */
  department: string | null;
  /** The evidence (见证材料) it asks for. */
  evidence: string | null;
  rule: Rule;
}

/** A 一级 item: its 二级 items' points add up to its own. */
export interface SchemeGroup {
  code: string;
  name: string;
  points: number;
  items: SchemeItem[];
}

export interface VetoItem {
  code: string;
  name: string;
}

/** A grade band: the grade of every printed total ≥ `min` not taken by a higher band. */
export interface GradeBand {
  code: string;
  label: string;
  min: number;
}

export interface AssessmentScheme {
  name: string;
  /** Full marks of the main items (normally 100). */
  total: number;
  groups: SchemeGroup[];
  /** 加分项: each item's points are its own cap; `cap` limits their sum. */
  bonus: { cap: number; items: SchemeItem[] };
  /** 扣分项: points earned by these items are subtracted, their sum limited by `cap`. */
  deductions: { cap: number; items: SchemeItem[] };
  /** 一票否决: any of these forces the lowest grade. */
  vetoes: VetoItem[];
  /** Highest band first; the last band's `min` is 0. */
  grades: GradeBand[];
}

// ---------------------------------------------------------------------------------------------
// Inputs per region

/** The region's target for an indicator, evaluated at the end of the assessment year. */
export interface TargetFacts {
  area: string | null;
  status: TargetStatus;
  /** The value the target was judged on (as its measure says); null without official data. */
  value: number | null;
  targetValue: number;
  comparator: Comparator;
  baseline: number | null;
  weight: number;
}

export interface IndicatorFacts {
  direction: Direction;
  /** The year's official figure (facts.ts yearFigure): a FLOW's sum, a RATE pooled over the year, a STOCK's year-end level. */
  yearValue: number | null;
  /** The same for the year before. */
  lastYearValue: number | null;
  target: TargetFacts | null;
}

/** A score set by a person (self-assessment or verification) for one item, with the reason. */
export interface GivenScore {
  points: number;
  reason: string | null;
}

export interface RegionInput {
  regionCode: string;
  /** By indicator code. */
  indicators: Readonly<Record<string, IndicatorFacts>>;
  /** Named counters (incidents, awards, open cards …) by name; a missing counter is 0. */
  counters: Readonly<Record<string, number>>;
  /** Scores given by item code: replace the computed points; required for manual items. */
  given: Readonly<Record<string, GivenScore>>;
  /** Codes of the scheme's veto items that apply to the region. */
  vetoes: readonly string[];
}

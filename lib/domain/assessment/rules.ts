// One function per rule kind: the rule's raw points (0..max, not yet rounded) from the
// region's facts, and an explanation of how, as data. Manual rules compute nothing.

import { satisfies, type Comparator } from "../status";
import type { Explanation, Outcome } from "./results";
import { bandShare, compareFigures } from "./rank";
import type {
  CountRule,
  GrowthRule,
  NoTargetPolicy,
  RankRule,
  RegionInput,
  Rule,
  ShareRule,
  ShortfallRule,
  StatusRule,
  TiersRule,
} from "./types";

export interface RuleContext {
  region: RegionInput;
  /** The region's rank for an indicator among the regions scored together (null: no figure). */
  rankOf: (indicatorCode: string) => { rank: number | null; of: number };
}

export interface RuleResult {
  /** Raw points in 0..max; null for a manual rule. */
  points: number | null;
  explanation: Explanation;
}

const EPS = 1e-9;

/** Rounds away float noise before whole-unit steps: 1.7000000000000028 units stay 1.7. */
const clean = (x: number) => Number(x.toFixed(9));

const noTargetShare = (policy: NoTargetPolicy) => (policy === "FULL" ? 1 : 0);

function scoreStatus(rule: StatusRule, max: number, ctx: RuleContext): RuleResult {
  const target = ctx.region.indicators[rule.indicatorCode]?.target ?? null;
  if (!target) {
    const share = noTargetShare(rule.noTarget);
    return { points: share * max, explanation: { kind: "status", outcome: "NO_TARGET", status: null, share } };
  }
  const share = rule.shares[target.status] ?? 0;
  const outcome: Outcome = target.status === "NO_DATA" ? "NO_DATA" : "SCORED";
  return { points: share * max, explanation: { kind: "status", outcome, status: target.status, share } };
}

/** How far `value` lies on the wrong side of `target` (0 when the comparator is satisfied). */
export function gapToTarget(comparator: Comparator, value: number, target: number): number {
  if (satisfies(comparator, value, target)) return 0;
  switch (comparator) {
    case "GTE":
    case "GT":
      return Math.max(0, target - value);
    case "LTE":
    case "LT":
      return Math.max(0, value - target);
    case "EQ":
      return Math.abs(value - target);
  }
}

function scoreShortfall(rule: ShortfallRule, max: number, ctx: RuleContext): RuleResult {
  const target = ctx.region.indicators[rule.indicatorCode]?.target ?? null;
  const empty = { kind: "shortfall", gap: 0, units: 0, deducted: 0 } as const;
  if (!target) {
    const points = noTargetShare(rule.noTarget) * max;
    return { points, explanation: { ...empty, outcome: "NO_TARGET", value: null, targetValue: null, comparator: null } };
  }
  const facts = { targetValue: target.targetValue, comparator: target.comparator };
  if (target.value === null) return { points: 0, explanation: { ...empty, ...facts, outcome: "NO_DATA", value: null } };
  const gap = gapToTarget(target.comparator, target.value, target.targetValue);
  const exact = clean(gap / rule.unit);
  const units = rule.partialUnits === "WHOLE" ? Math.floor(exact) : rule.partialUnits === "STARTED" ? Math.ceil(exact) : exact;
  const deducted = units * rule.deductPerUnit;
  return {
    points: Math.max(0, max - deducted),
    explanation: { kind: "shortfall", outcome: "SCORED", value: target.value, ...facts, gap, units, deducted },
  };
}

function scoreShare(rule: ShareRule, max: number, ctx: RuleContext): RuleResult {
  const targets = Object.values(ctx.region.indicators).flatMap((f) => (f.target && f.target.area === rule.area ? [f.target] : []));
  const weightOf = (w: number) => (Number.isFinite(w) && w > 0 ? w : 0);
  const total = targets.reduce((sum, t) => sum + weightOf(t.weight), 0);
  const creditedTargets = targets.filter((t) => rule.credited.includes(t.status));
  if (total <= 0) {
    const share = noTargetShare(rule.noTarget);
    return { points: share * max, explanation: { kind: "share", outcome: "NO_TARGET", credited: 0, targets: 0, share } };
  }
  const share = creditedTargets.reduce((sum, t) => sum + weightOf(t.weight), 0) / total;
  return {
    points: share * max,
    explanation: { kind: "share", outcome: "SCORED", credited: creditedTargets.length, targets: targets.length, share },
  };
}

function scoreCount(rule: CountRule, max: number, ctx: RuleContext): RuleResult {
  const { source } = rule;
  const count = "counter" in source ? (ctx.region.counters[source.counter] ?? 0) : (ctx.region.indicators[source.indicatorCode]?.yearValue ?? null);
  if (count === null || !Number.isFinite(count)) {
    return { points: 0, explanation: { kind: "count", outcome: "NO_DATA", count: 0, perItem: rule.perItem } };
  }
  const counted = Math.max(0, count);
  return {
    points: Math.min(max, counted * rule.perItem),
    explanation: { kind: "count", outcome: "SCORED", count: counted, perItem: rule.perItem },
  };
}

/** value ÷ target for ≥ / > targets, target ÷ value for ≤ / <, closeness for =; null if undefined. */
function valueAttainment(comparator: Comparator, value: number, target: number): number | null {
  switch (comparator) {
    case "GTE":
    case "GT":
      return target > 0 ? value / target : null;
    case "LTE":
    case "LT":
      return value > 0 ? target / value : null;
    case "EQ":
      return target !== 0 ? 1 - Math.abs(value - target) / Math.abs(target) : null;
  }
}

function scoreTiers(rule: TiersRule, max: number, ctx: RuleContext): RuleResult {
  const target = ctx.region.indicators[rule.indicatorCode]?.target ?? null;
  const base = { kind: "tiers", met: false, attainment: null } as const;
  if (!target) {
    const share = noTargetShare(rule.noTarget);
    return { points: share * max, explanation: { ...base, outcome: "NO_TARGET", value: null, targetValue: null, share } };
  }
  const { value, targetValue, comparator, baseline } = target;
  if (value === null) return { points: 0, explanation: { ...base, outcome: "NO_DATA", value, targetValue, share: 0 } };
  if (satisfies(comparator, value, targetValue)) {
    return { points: rule.met * max, explanation: { ...base, outcome: "SCORED", value, targetValue, met: true, share: rule.met } };
  }
  const span = baseline === null ? 0 : targetValue - baseline;
  const attainment =
    rule.basis === "VALUE"
      ? valueAttainment(comparator, value, targetValue)
      : baseline === null || Math.abs(span) <= EPS * Math.max(Math.abs(targetValue), 1)
        ? null
        : (value - baseline) / span;
  const share = attainment === null ? 0 : (rule.tiers.find((tier) => attainment >= tier.atLeast - EPS)?.share ?? 0);
  return { points: share * max, explanation: { ...base, outcome: "SCORED", value, targetValue, attainment, share } };
}

function scoreGrowth(rule: GrowthRule, max: number, ctx: RuleContext): RuleResult {
  const facts = ctx.region.indicators[rule.indicatorCode];
  const value = facts?.yearValue ?? null;
  const lastYearValue = facts?.lastYearValue ?? null;
  if (!facts || value === null || lastYearValue === null) {
    return { points: 0, explanation: { kind: "growth", outcome: "NO_DATA", value, lastYearValue, change: null, share: 0 } };
  }
  const order = compareFigures(value, lastYearValue, facts.direction);
  const change = order < 0 ? "BETTER" : order === 0 ? "EQUAL" : "WORSE";
  const share = change === "BETTER" ? rule.above : change === "EQUAL" ? rule.equal : rule.below;
  return { points: share * max, explanation: { kind: "growth", outcome: "SCORED", value, lastYearValue, change, share } };
}

function scoreRank(rule: RankRule, max: number, ctx: RuleContext): RuleResult {
  const value = ctx.region.indicators[rule.indicatorCode]?.yearValue ?? null;
  const { rank, of } = ctx.rankOf(rule.indicatorCode);
  if (rank === null) return { points: 0, explanation: { kind: "rank", outcome: "NO_DATA", value, rank, of, share: 0 } };
  const share = bandShare(rank, of, rule.bands);
  return { points: share * max, explanation: { kind: "rank", outcome: "SCORED", value, rank, of, share } };
}

export function applyRule(rule: Rule, max: number, ctx: RuleContext): RuleResult {
  switch (rule.kind) {
    case "status":
      return scoreStatus(rule, max, ctx);
    case "shortfall":
      return scoreShortfall(rule, max, ctx);
    case "share":
      return scoreShare(rule, max, ctx);
    case "count":
      return scoreCount(rule, max, ctx);
    case "tiers":
      return scoreTiers(rule, max, ctx);
    case "growth":
      return scoreGrowth(rule, max, ctx);
    case "rank":
      return scoreRank(rule, max, ctx);
    case "manual":
      return { points: null, explanation: { kind: "manual" } };
  }
}

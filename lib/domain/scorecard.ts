// Per-region scorecard: weighted score, rank among siblings, red/yellow cards.

import type { IndicatorKind } from "./measure";
import { DEFAULT_SETTINGS, type CardRules } from "./evaluation-settings";
import { STATUS_ORDER, type TargetStatus } from "./status";

const GOOD: ReadonlySet<TargetStatus> = new Set<TargetStatus>(["ACHIEVED", "ON_TRACK"]);

/**
 * Weighted share (0–100) of targets achieved or on track. NO_DATA counts as not achieved,
 * so that a region cannot raise its score by not reporting. Non-positive or non-finite
 * weights carry no weight. Null when nothing carries weight.
 */
export function scoreTargets(items: readonly { status: TargetStatus; weight: number }[]): number | null {
  let total = 0;
  let good = 0;
  for (const item of items) {
    const w = Number.isFinite(item.weight) && item.weight > 0 ? item.weight : 0;
    total += w;
    if (GOOD.has(item.status)) good += w;
  }
  return total > 0 ? (good / total) * 100 : null;
}

export interface Rank {
  rank: number;
  of: number;
}

/**
 * Competition ranking, best score first (1, 2, 2, 4). Regions without a score are not
 * ranked and are absent from the map; `of` counts the ranked regions only.
 */
export function rankRegions(items: readonly { regionCode: string; score: number | null }[]): Map<string, Rank> {
  const scored = items
    .filter((i): i is { regionCode: string; score: number } => i.score !== null && Number.isFinite(i.score))
    .sort((a, b) => b.score - a.score);
  const ranks = new Map<string, Rank>();
  let previous: number | null = null;
  let rank = 0;
  scored.forEach((item, position) => {
    // Scores are computed shares; float noise must not split a tie.
    if (previous === null || Math.abs(previous - item.score) > 1e-9) rank = position + 1;
    previous = item.score;
    ranks.set(item.regionCode, { rank, of: scored.length });
  });
  return ranks;
}

export type CardColor = "RED" | "YELLOW";
export type CardReason = "RATE_OFF_TRACK" | "RATE_OFF_TRACK_MULTIPLE" | "RATE_MISSED";

export interface Card {
  color: CardColor;
  reason: CardReason;
  indicatorCodes: string[];
}

/**
 * At most one card for a region, the most severe its RATE targets earn. A missed target is
 * at least as bad as an off-track one, so it also counts towards the off-track thresholds
 * (this matters when redOnMissedRate is off). The card lists every RATE indicator that is
 * off track or missed, missed ones first.
 */
export function cardsFor(
  items: readonly { kind: IndicatorKind; status: TargetStatus; indicatorCode: string }[],
  rules: CardRules = DEFAULT_SETTINGS.cards,
): Card[] {
  const rates = items.filter((i) => i.kind === "RATE");
  const missed = rates.filter((i) => i.status === "MISSED").map((i) => i.indicatorCode);
  const offTrack = rates.filter((i) => i.status === "OFF_TRACK").map((i) => i.indicatorCode);
  const indicatorCodes = [...new Set([...missed, ...offTrack])];
  const bad = missed.length + offTrack.length;
  if (bad === 0) return [];
  if (rules.redOnMissedRate && missed.length > 0) {
    return [{ color: "RED", reason: "RATE_MISSED", indicatorCodes }];
  }
  if (bad >= rules.redOffTrackRates) {
    return [{ color: "RED", reason: "RATE_OFF_TRACK_MULTIPLE", indicatorCodes }];
  }
  if (bad >= rules.yellowOffTrackRates) {
    return [{ color: "YELLOW", reason: "RATE_OFF_TRACK", indicatorCodes }];
  }
  return [];
}

export function countByStatus(statuses: Iterable<TargetStatus>): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = {
    ACHIEVED: 0,
    ON_TRACK: 0,
    AT_RISK: 0,
    OFF_TRACK: 0,
    MISSED: 0,
    NO_DATA: 0,
  };
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** Most-behind first; ties keep their input order. */
export function sortByStatus<T extends { status: TargetStatus }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

// Pure summaries over targets in scope, shared by the overview, region page, API and reports.
import { cardsFor, compareStatus, countByStatus, rankRegions, scoreTargets, type Card, type IndicatorKind, type TargetStatus } from "@/lib/domain";

/** The worst status among several targets of the same indicator and region (several plans). */
export function worstStatus(statuses: readonly TargetStatus[]): TargetStatus {
  return [...statuses].sort(compareStatus)[0] ?? "NO_DATA";
}

export interface RegionScore {
  regionId: number;
  code: string;
  score: number | null;
  rank: number | null;
  of: number;
  card: Card | null;
  counts: Record<TargetStatus, number>;
}

/** What scoring needs of targets (scoped targets, or only their statuses) and their labels. */
export interface ScoringData {
  targets: readonly ScoredTarget[];
  regions: ReadonlyMap<number, { code: string }>;
  indicators: ReadonlyMap<number, { kind: IndicatorKind; code: string }>;
}

export interface ScoredTarget {
  regionId: number;
  indicatorId: number;
  weight: number;
  status: TargetStatus;
}

/** Score, rank among the given sibling regions, card and status counts of each region's own targets. */
export function scoreRegions(data: ScoringData, regionIds: readonly number[]): RegionScore[] {
  const byRegion = new Map<number, ScoredTarget[]>(regionIds.map((id) => [id, []]));
  for (const t of data.targets) byRegion.get(t.regionId)?.push(t);
  const scored = regionIds.map((regionId) => {
    const targets = byRegion.get(regionId) ?? [];
    const code = data.regions.get(regionId)?.code ?? String(regionId);
    const cards = cardsFor(
      targets.map((t) => {
        const indicator = data.indicators.get(t.indicatorId);
        return { kind: indicator?.kind ?? "STOCK", status: t.status, indicatorCode: indicator?.code ?? "" };
      }),
    );
    return {
      regionId,
      code,
      score: scoreTargets(targets),
      card: cards[0] ?? null,
      counts: countByStatus(targets.map((t) => t.status)),
    };
  });
  const ranks = rankRegions(scored.map((s) => ({ regionCode: s.code, score: s.score })));
  return scored.map((s) => ({ ...s, rank: ranks.get(s.code)?.rank ?? null, of: ranks.get(s.code)?.of ?? 0 }));
}

/** What ordering by "furthest behind" needs of a target: its status and its evaluation, if any. */
export interface BehindInput {
  status: TargetStatus;
  evaluation: { progress: number | null; expected: number | null } | null;
}

/** How far behind its expected progress a target is; unknown progress sorts after known gaps. */
export function behindBy(t: BehindInput): number {
  const e = t.evaluation;
  return e?.progress !== null && e?.progress !== undefined && e.expected !== null ? e.progress - e.expected : Number.POSITIVE_INFINITY;
}

export function mostBehind<T extends BehindInput>(targets: readonly T[], limit: number): T[] {
  return [...targets]
    .filter((t) => t.status !== "ACHIEVED" && t.status !== "ON_TRACK")
    .sort((a, b) => compareStatus(a.status, b.status) || behindBy(a) - behindBy(b))
    .slice(0, limit);
}

// Quarterly observations per (indicator, region), with a region's missing figures filled by the
// roll-up of its children (recursively), as the roll-up rule in docs/design.md says.
import { rollUpValue, type IndicatorKind, type Observation, type RollUp } from "@/lib/domain";
import type { FigureRow } from "../figure-fields";

export interface RegionNode {
  id: number;
  parentId: number | null;
}

export class SeriesBook {
  private readonly own = new Map<string, Map<number, Observation>>();
  private readonly children = new Map<number, number[]>();
  private readonly memo = new Map<string, Map<number, RollUp>>();

  constructor(
    figures: Iterable<FigureRow>,
    regions: readonly RegionNode[],
    private readonly kinds: ReadonlyMap<number, IndicatorKind>,
  ) {
    for (const f of figures) {
      const key = `${f.indicatorId}:${f.regionId}`;
      let series = this.own.get(key);
      if (!series) this.own.set(key, (series = new Map()));
      const periodIndex = f.year * 4 + f.quarter - 1;
      series.set(periodIndex, { periodIndex, value: f.value, numerator: f.numerator, denominator: f.denominator });
    }
    for (const r of regions) {
      if (r.parentId === null) continue;
      const list = this.children.get(r.parentId) ?? [];
      list.push(r.id);
      this.children.set(r.parentId, list);
    }
  }

  /** Every quarter with a value for this region: its own figure, else its children's combination. */
  rollUps(indicatorId: number, regionId: number): Map<number, RollUp> {
    const key = `${indicatorId}:${regionId}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const kind = this.kinds.get(indicatorId);
    if (!kind) throw new Error(`unknown indicator ${indicatorId}`);
    const own = this.own.get(key) ?? new Map<number, Observation>();
    const childSeries = (this.children.get(regionId) ?? []).map((id) => this.rollUps(indicatorId, id));
    const periods = new Set<number>(own.keys());
    for (const series of childSeries) for (const p of series.keys()) periods.add(p);
    const result = new Map<number, RollUp>();
    for (const p of [...periods].sort((a, b) => a - b)) {
      const rollUp = rollUpValue(kind, own.get(p) ?? null, childSeries.map((s) => s.get(p)?.observation ?? null));
      if (rollUp.observation) result.set(p, rollUp);
    }
    this.memo.set(key, result);
    return result;
  }

  observations(indicatorId: number, regionId: number): Observation[] {
    return [...this.rollUps(indicatorId, regionId).values()].flatMap((r) => (r.observation ? [r.observation] : []));
  }
}

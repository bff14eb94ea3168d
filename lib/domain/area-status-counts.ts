// Target status counts per task area, as the overview's chart and the report's show them. Plans may
// name the same area, so areas are merged by name; they are listed in the plans' own order of
// areas (sortOrder, the lowest where several plans share a name), then by name, and targets
// without an area come last under "—".
import { countByStatus } from "./scorecard";
import type { TargetStatus } from "./status";

export interface AreaLabel {
  name: string;
  nameEn: string | null;
  sortOrder: number;
}

/** Some targets of one area (null: without an area) and status. */
export interface AreaStatusGroup {
  area: AreaLabel | null;
  status: TargetStatus;
  targets: number;
}

export interface AreaStatusCounts {
  name: string;
  nameEn: string | null;
  counts: Record<TargetStatus, number>;
}

export const NO_AREA = "—";

export function countStatusesPerArea(groups: Iterable<AreaStatusGroup>): AreaStatusCounts[] {
  const byName = new Map<string, AreaLabel & { counts: Record<TargetStatus, number> }>();
  for (const g of groups) {
    const label = g.area ?? { name: NO_AREA, nameEn: null, sortOrder: Number.POSITIVE_INFINITY };
    const entry = byName.get(label.name) ?? { ...label, counts: countByStatus([]) };
    if (label.sortOrder < entry.sortOrder) entry.sortOrder = label.sortOrder;
    entry.nameEn ??= label.nameEn;
    entry.counts[g.status] += g.targets;
    byName.set(label.name, entry);
  }
  return [...byName.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN"))
    .map(({ name, nameEn, counts }) => ({ name, nameEn, counts }));
}

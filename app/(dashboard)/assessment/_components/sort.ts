// The assessment table's sort order, kept in the URL (?sort=total&dir=desc) so that a sorted view
// can be linked and works without JavaScript.
import type { AssessedRegionScore } from "@/lib/data/assessment/year";

export type SortDir = "asc" | "desc";

/** rank, region, total, self (the self-assessed total), bonus, deductions, or a 一级 item as "g.CODE". */
export type SortKey = string;

function sortValue(row: AssessedRegionScore, key: SortKey): number | string {
  const { score } = row;
  if (key === "region") return row.code;
  if (key === "total") return score.total;
  if (key === "self") return row.selfScore.total;
  if (key === "bonus") return score.bonus.counted;
  if (key === "deductions") return score.deductions.counted;
  if (key.startsWith("g.")) return score.groups.find((g) => `g.${g.code}` === key)?.points ?? 0;
  return score.rank;
}

/** The rows in the requested order; ties keep the ranking order. */
export function sortRows(rows: readonly AssessedRegionScore[], key: SortKey, dir: SortDir): AssessedRegionScore[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const order = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
    return sign * order || a.score.rank - b.score.rank;
  });
}

/** Rank and region read best first ascending; scores read best first descending. */
export const defaultDir = (key: SortKey): SortDir => (key === "rank" || key === "region" ? "asc" : "desc");

// What the bench measures: each URL, and the raw SQL that does the same aggregation in one query
// (the floor the page is compared with). Parameters come from the province data set.

export interface BenchParams {
  /** Materialised path of the signed-in user's scope, e.g. "/000000/990000/". */
  scopePath: string;
  regionCode: string;
  indicatorCode: string;
}

export interface BenchCase {
  name: string;
  path: string;
  /** One SQL statement with named parameters from BenchParams (null: informational row only). */
  sql: string | null;
  /** p95 goal in ms, if any. */
  p95Goal?: number;
}

const OFFICIAL = "e.provisional = 0";
// CROSS JOIN fixes SQLite's join order where, without ANALYZE statistics, it would scan every
// evaluation first: the floor should be the query a careful engineer would write.

/** Targets in scope counted by status (the overview's headline numbers). */
const overviewSql = `
SELECT e.status, COUNT(*) AS targets
FROM targets t
JOIN regions r ON r.id = t.region_id
JOIN target_evaluations e ON e.target_id = t.id AND ${OFFICIAL}
WHERE t.archived_at IS NULL AND substr(r.path, 1, length(:scopePath)) = :scopePath
GROUP BY e.status`;

/** One region's targets with indicator, area and evaluation (the region page's table). */
const regionTargetsSql = `
SELECT t.id, i.code, i.name, i.unit, a.name AS area, t.comparator, t.target_value, t.baseline_value, t.deadline_year,
       e.status, e.latest_year, e.latest_quarter, e.latest_value, e.progress, e.expected, e.forecast
FROM targets t
JOIN regions r ON r.id = t.region_id
JOIN indicators i ON i.id = t.indicator_id
LEFT JOIN areas a ON a.id = t.area_id
JOIN target_evaluations e ON e.target_id = t.id AND ${OFFICIAL}
WHERE r.code = :regionCode AND t.archived_at IS NULL AND substr(r.path, 1, length(:scopePath)) = :scopePath
ORDER BY a.sort_order, i.code`;

/** The indicator's official figures in scope, summed per city and quarter (the indicator page's series). */
const indicatorSeriesSql = `
SELECT r.parent_id, f.year, f.quarter, SUM(f.numerator) AS numerator, SUM(f.denominator) AS denominator,
       SUM(f.value) AS value, COUNT(*) AS reporting
FROM figures f
JOIN regions r ON r.id = f.region_id
WHERE f.indicator_id = (SELECT id FROM indicators WHERE code = :indicatorCode) AND f.status = 'APPROVED' AND substr(r.path, 1, length(:scopePath)) = :scopePath
GROUP BY r.parent_id, f.year, f.quarter`;

/** Weighted share of targets achieved or on track for the region and its siblings (the scorecard and its rank). */
const scorecardSql = `
SELECT r.code,
       SUM(CASE WHEN e.status IN ('ACHIEVED', 'ON_TRACK') THEN t.weight ELSE 0 END) / SUM(t.weight) AS score,
       SUM(CASE WHEN e.status = 'OFF_TRACK' AND i.kind = 'RATE' THEN 1 ELSE 0 END) AS rate_off_track,
       SUM(CASE WHEN e.status = 'MISSED' THEN 1 ELSE 0 END) AS missed
FROM regions r
CROSS JOIN targets t ON t.region_id = r.id AND t.archived_at IS NULL
CROSS JOIN target_evaluations e ON e.target_id = t.id AND ${OFFICIAL}
JOIN indicators i ON i.id = t.indicator_id
WHERE r.parent_id = (SELECT parent_id FROM regions WHERE code = :regionCode)
  AND substr(r.path, 1, length(:scopePath)) = :scopePath
GROUP BY r.id
ORDER BY score DESC`;

export function benchCases(p: BenchParams): BenchCase[] {
  return [
    { name: "overview", path: "/", sql: overviewSql, p95Goal: 300 },
    { name: "region page", path: `/regions/${p.regionCode}`, sql: regionTargetsSql },
    { name: "indicator page", path: `/indicators/${encodeURIComponent(p.indicatorCode)}`, sql: indicatorSeriesSql },
    { name: "API targets", path: `/api/v1/targets?region=${p.regionCode}`, sql: regionTargetsSql },
    { name: "API scorecard", path: `/api/v1/regions/${p.regionCode}/scorecard`, sql: scorecardSql },
  ];
}

/** Not judged: the cost of a request that does almost nothing (no session, one trivial query). */
export const FLOOR_CASE: BenchCase = { name: "(floor) health", path: "/api/health", sql: null };

// The raw SQL that does a page's aggregation in one query (what its server CPU is compared with).
// Parameters come from the province data set.

export interface BenchParams {
  /** Materialised path of the signed-in user's scope, e.g. "/000000/990000/". */
  scopePath: string;
  regionCode: string;
  indicatorCode: string;
  /** The quarter the dashboards are judged at (completeness). */
  year: number;
  quarter: number;
}

const OFFICIAL = "e.provisional = 0";
// CROSS JOIN fixes SQLite's join order where, without ANALYZE statistics, it would scan every
// evaluation first: the floor should be the query a careful engineer would write.

/** Worst status first, as STATUS_ORDER (lib/domain/status.ts). */
const STATUS_RANK = `CASE status WHEN 'MISSED' THEN 0 WHEN 'OFF_TRACK' THEN 1 WHEN 'AT_RISK' THEN 2 WHEN 'NO_DATA' THEN 3 WHEN 'ON_TRACK' THEN 4 ELSE 5 END`;

/** The unarchived targets in scope (and matching `where`, over regions r) with their official status (NO_DATA without an evaluation). */
const scopedTargets = (where = "") => `
scoped AS MATERIALIZED (
  SELECT t.id, t.region_id, t.indicator_id, t.area_id, t.weight, COALESCE(e.status, 'NO_DATA') AS status, e.progress, e.expected,
         e.latest_value, t.target_value, t.comparator
  FROM targets t
  JOIN regions r ON r.id = t.region_id
  LEFT JOIN target_evaluations e ON e.target_id = t.id AND ${OFFICIAL}
  WHERE t.archived_at IS NULL AND substr(r.path, 1, length(:scopePath)) = :scopePath ${where}
)`;

/** Score (weighted share achieved or on track), status counts and card inputs of some regions' own targets. */
const regionScores = (regionIds: string) => `
  SELECT g.code, g.name,
         SUM(CASE WHEN s.status IN ('ACHIEVED', 'ON_TRACK') THEN s.weight ELSE 0 END) * 100.0 / SUM(s.weight) AS score,
         SUM(s.status = 'OFF_TRACK') AS off_track, SUM(s.status = 'AT_RISK') AS at_risk, SUM(s.status = 'ON_TRACK') AS on_track,
         SUM(s.status = 'ACHIEVED') AS achieved, SUM(s.status = 'MISSED') AS missed,
         SUM(s.status = 'OFF_TRACK' AND i.kind = 'RATE') AS rate_off_track
  FROM scoped s JOIN regions g ON g.id = s.region_id JOIN indicators i ON i.id = s.indicator_id
  WHERE s.region_id IN (${regionIds})
  GROUP BY g.id
  ORDER BY score DESC`;

/**
 * Everything the overview aggregates, in one statement: status counts per area, the city × indicator
 * matrix (worst status per cell), each city's score and card inputs, the ten targets furthest behind
 * with their labels, and the quarter's reporting completeness per department (the expected-figure
 * rule of lib/data/completeness.ts).
 */
const overviewSql = `
WITH ${scopedTargets()},
cities AS (SELECT id FROM regions WHERE parent_id = (SELECT id FROM regions WHERE path = :scopePath))
SELECT
  (SELECT json_group_array(json_array(a.name, g.status, g.n))
     FROM (SELECT area_id, status, COUNT(*) AS n FROM scoped GROUP BY area_id, status) g LEFT JOIN areas a ON a.id = g.area_id) AS by_area,
  (SELECT json_group_array(json_array(g.code, i.code, m.worst))
     FROM (SELECT region_id, indicator_id, MIN(${STATUS_RANK}) AS worst FROM scoped WHERE region_id IN (SELECT id FROM cities) GROUP BY region_id, indicator_id) m
     JOIN regions g ON g.id = m.region_id JOIN indicators i ON i.id = m.indicator_id) AS matrix,
  (SELECT json_group_array(json_array(code, score, rate_off_track, missed)) FROM (${regionScores("SELECT id FROM cities")})) AS scores,
  (SELECT json_group_array(json_array(b.id, i.code, i.name, i.unit, g.code, g.name, b.status, b.latest_value, b.comparator, b.target_value, b.progress, b.expected))
     FROM (SELECT * FROM scoped WHERE status NOT IN ('ACHIEVED', 'ON_TRACK')
           ORDER BY ${STATUS_RANK}, progress IS NULL OR expected IS NULL, progress - expected, id LIMIT 10) b
     JOIN indicators i ON i.id = b.indicator_id JOIN regions g ON g.id = b.region_id) AS most_behind,
  (SELECT json_group_array(json_array(d.short_name, c.expected, c.submitted, c.approved))
     FROM (SELECT p.department_id, COUNT(*) AS expected, COUNT(f.id) AS submitted, SUM(f.status = 'APPROVED') AS approved
           FROM responsibilities p
           JOIN regions r ON r.id = p.region_id
           LEFT JOIN figures f ON f.indicator_id = p.indicator_id AND f.region_id = p.region_id AND f.year = :year AND f.quarter = :quarter
                              AND f.status IN ('SUBMITTED', 'APPROVED')
           WHERE substr(r.path, 1, length(:scopePath)) = :scopePath AND r.active
             AND p.indicator_id IN (SELECT id FROM indicators WHERE active) AND p.department_id IN (SELECT id FROM departments WHERE active)
             AND NOT EXISTS (SELECT 1 FROM responsibilities c JOIN regions cr ON cr.id = c.region_id
                             WHERE cr.parent_id = p.region_id AND cr.active AND c.department_id = p.department_id AND c.indicator_id = p.indicator_id)
           GROUP BY p.department_id) c
     JOIN departments d ON d.id = c.department_id) AS completeness`;

/** One region's targets with indicator, area, evaluation and recent values (the region page's table, and the API's). */
const regionTargetsSql = `
SELECT t.id, i.code, i.name, i.unit, a.name AS area, t.comparator, t.target_value, t.baseline_value, t.deadline_year,
       e.status, e.latest_year, e.latest_quarter, e.latest_value, e.progress, e.expected, e.forecast, e.recent_values
FROM targets t
JOIN regions r ON r.id = t.region_id
JOIN indicators i ON i.id = t.indicator_id
LEFT JOIN areas a ON a.id = t.area_id
JOIN target_evaluations e ON e.target_id = t.id AND ${OFFICIAL}
WHERE r.code = :regionCode AND t.archived_at IS NULL AND substr(r.path, 1, length(:scopePath)) = :scopePath
ORDER BY a.sort_order, i.code`;

/**
 * Everything the region page aggregates, in one statement: its targets (as the API's query), its
 * score among its siblings (for the rank), and its sub-regions' scores and status counts. Only
 * the region's, its siblings' and its sub-regions' own targets are read.
 */
const regionPageSql = `
WITH region AS (SELECT id, parent_id FROM regions WHERE code = :regionCode),
${scopedTargets("AND r.parent_id IN (SELECT parent_id FROM region UNION ALL SELECT id FROM region)")}
SELECT
  (SELECT json_group_array(json_array(id, code, name, unit, area, comparator, target_value, baseline_value, deadline_year,
                                      status, latest_year, latest_quarter, latest_value, progress, expected, forecast, recent_values))
     FROM (${regionTargetsSql})) AS targets,
  (SELECT json_group_array(json_array(code, score, rate_off_track, missed))
     FROM (${regionScores("SELECT id FROM regions WHERE parent_id = (SELECT parent_id FROM region)")})) AS siblings,
  (SELECT json_group_array(json_array(code, name, score, off_track, at_risk, on_track, achieved, missed, rate_off_track))
     FROM (${regionScores("SELECT id FROM regions WHERE parent_id = (SELECT id FROM region)")})) AS children`;

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

/** The raw SQL each timed case is compared with, by case name (scripts/bench/pages.ts). */
export const RAW_SQL: Record<string, string> = {
  overview: overviewSql,
  "region page": regionPageSql,
  "indicator page": indicatorSeriesSql,
  "API targets": regionTargetsSql,
  "API scorecard": scorecardSql,
};

// The report's trend charts: the indicator page's own series for the region, up to the report's quarter.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { compareStatus, parsePeriod, periodFromIndex, periodIndex, type TargetStatus } from "@/lib/domain";
import { getIndicatorDashboard } from "../dashboard/indicator";
import type { TargetRow } from "../dashboard/target-rows";

/** How many RATE indicators get a trend chart. */
const TREND_CHARTS = 6;

export interface ReportTrend {
  indicator: { code: string; name: string; nameEn: string | null; unit: string; decimals: number };
  comparator: TargetRow["comparator"];
  targetValue: number;
  status: TargetStatus;
  points: { period: string; value: number }[];
  expected: { period: string; value: number }[];
}

/**
 * Trend charts of the region's main RATE targets (heaviest weight, then most behind): the indicator
 * page's series for this region up to the report's quarter, with its target and expected path.
 */
export async function loadTrends(user: SessionUser, regionCode: string, targets: readonly TargetRow[], asOf: number): Promise<ReportTrend[]> {
  const chosen = targets
    .filter((t) => t.indicator.kind === "RATE")
    .sort((a, b) => b.weight - a.weight || compareStatus(a.status, b.status))
    .filter((t, i, list) => list.findIndex((o) => o.indicator.code === t.indicator.code) === i)
    .slice(0, TREND_CHARTS);
  const upToAsOf = (p: { period: string }) => {
    const period = parsePeriod(p.period);
    return period !== null && periodIndex(period) <= asOf;
  };
  const dashboards = await Promise.all(
    chosen.map((t) => getIndicatorDashboard(user, t.indicator.code, { provisional: false, period: periodFromIndex(asOf), focusRegionCode: regionCode })),
  );
  return chosen.map((t, i) => {
    const dashboard = dashboards[i];
    const series = dashboard?.trend.find((s) => s.key === regionCode)?.points ?? [];
    return {
      indicator: { code: t.indicator.code, name: t.indicator.name, nameEn: t.indicator.nameEn, unit: t.indicator.unit, decimals: t.indicator.decimals },
      comparator: t.comparator,
      targetValue: t.targetValue,
      status: t.status,
      points: series.filter(upToAsOf),
      expected: dashboard?.focus?.code === regionCode ? dashboard.focus.expectedPath.filter(upToAsOf) : [],
    };
  });
}

// The report's charts: the dashboards' recharts components (animations off) fed with report data.
// Each sits in a [data-report-chart] box, so the PDF renderer can wait until every one has drawn.
import { ScoreBarChart } from "@/components/charts/score-bar-chart";
import { StatusByAreaChart } from "@/components/charts/status-by-area-chart";
import { TrendChart } from "@/components/charts/trend-chart";
import type { SummaryReport } from "@/lib/data/reports/summary";
import type { TargetStatus } from "@/lib/domain";
import { nameOf, punct, targetValueText, type ReportText } from "@/lib/export/report-text";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";

export function ReportAreaChart({ x, report }: { x: ReportText; report: SummaryReport }) {
  const statusLabels = Object.fromEntries(STATUS_DISPLAY_ORDER.map((s) => [s, x.t(`status.${s}`)])) as Record<TargetStatus, string>;
  return (
    <figure className="avoid-break">
      <figcaption className="mb-1 text-sm font-semibold">{x.t("reports.charts.byArea")}</figcaption>
      <div data-report-chart>
        <StatusByAreaChart data={report.areas.map((a) => ({ label: nameOf(x, a), counts: a.counts }))} statusLabels={statusLabels} />
      </div>
    </figure>
  );
}

export function ReportTrendCharts({ x, report }: { x: ReportText; report: SummaryReport }) {
  const { t } = x;
  if (report.trends.length === 0) return <p className="text-sm text-slate-500">{t("reports.charts.noTrends")}</p>;
  return (
    <div>
      <p className="mb-1 text-sm font-semibold">{t("reports.charts.trends", { region: nameOf(x, report.region) })}</p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 print:grid-cols-2">
        {report.trends.map((trend) => {
          const periods = [...new Set([...trend.points.map((p) => p.period), ...trend.expected.map((p) => p.period)])].sort();
          return (
            <figure key={trend.indicator.code} className="avoid-break min-w-0 rounded border border-slate-200 p-1.5" data-indicator={trend.indicator.code}>
              <figcaption className="text-xs font-medium">
                {nameOf(x, trend.indicator)} <span className="text-slate-500">{punct(x).open}{t("reports.table.target")} {targetValueText(x, trend)} · {t(`status.${trend.status}`)}{punct(x).close}</span>
              </figcaption>
              <div data-report-chart>
                <TrendChart
                  periods={periods}
                  series={[{ key: report.region.code, label: nameOf(x, report.region), points: trend.points }]}
                  target={trend.targetValue}
                  targetLabel={t("reports.charts.target")}
                  expected={trend.expected}
                  expectedLabel={t("reports.charts.expected")}
                  unit={trend.indicator.unit}
                  height={190}
                />
              </div>
            </figure>
          );
        })}
      </div>
    </div>
  );
}

export function ReportScoreChart({ x, report }: { x: ReportText; report: SummaryReport }) {
  if (report.subregions.length === 0) return null;
  return (
    <figure className="avoid-break">
      <figcaption className="mb-1 text-sm font-semibold">{x.t("reports.charts.scores")}</figcaption>
      <div data-report-chart>
        <ScoreBarChart data={report.subregions.map((s) => ({ label: nameOf(x, s), score: s.score }))} scoreLabel={x.t("reports.table.score")} />
      </div>
    </figure>
  );
}

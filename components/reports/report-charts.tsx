// The report's charts, fed with report data and drawn as static SVG (charts/svg-charts).
import type { SummaryReport } from "@/lib/data/reports/summary";
import type { TargetStatus } from "@/lib/domain";
import { nameOf, punct, targetValueText, type ReportText } from "@/lib/export/report-text";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";
import { ScoreBarsSvg, StatusBarsSvg, TrendSvg } from "@/components/charts/svg-charts";

export function ReportAreaChart({ x, report }: { x: ReportText; report: SummaryReport }) {
  const statusLabels = Object.fromEntries(STATUS_DISPLAY_ORDER.map((s) => [s, x.t(`status.${s}`)])) as Record<TargetStatus, string>;
  return (
    <figure className="avoid-break">
      <figcaption className="mb-1 text-sm font-semibold">{x.t("reports.charts.byArea")}</figcaption>
      <div className="report-scroll overflow-x-auto">
        <StatusBarsSvg rows={report.areas.map((a) => ({ label: nameOf(x, a), counts: a.counts }))} statusLabels={statusLabels} label={x.t("reports.charts.byArea")} />
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
              <TrendSvg
                periods={periods}
                points={trend.points}
                seriesLabel={nameOf(x, report.region)}
                target={trend.targetValue}
                targetLabel={t("reports.charts.target")}
                expected={trend.expected}
                expectedLabel={t("reports.charts.expected")}
                unit={trend.indicator.unit}
              />
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
      <div className="report-scroll overflow-x-auto">
        <ScoreBarsSvg rows={report.subregions.map((s) => ({ label: nameOf(x, s), score: s.score }))} label={x.t("reports.charts.scores")} />
      </div>
    </figure>
  );
}

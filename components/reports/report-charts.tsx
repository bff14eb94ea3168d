// The report's charts, fed with report data and drawn as static SVG (charts/svg-charts).
import { ScrollBox } from "@/components/ui/scroll-box";
import type { SummaryReport } from "@/lib/data/reports/summary";
import type { TargetStatus } from "@/lib/domain";
import { nameOf, punct, targetValueText, valueText, type ReportText } from "@/lib/export/report-text";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";
import { ChartTable } from "@/components/charts/chart-table";
import { StatusTable } from "@/components/charts/status-table";
import { ScoreBarsSvg, StatusBarsSvg, TrendSvg } from "@/components/charts/svg-charts";

export function ReportAreaChart({ x, report }: { x: ReportText; report: SummaryReport }) {
  const statusLabels = Object.fromEntries(STATUS_DISPLAY_ORDER.map((s) => [s, x.t(`status.${s}`)])) as Record<TargetStatus, string>;
  const rows = report.areas.map((a) => ({ label: nameOf(x, a), counts: a.counts }));
  return (
    <figure className="avoid-break">
      <figcaption className="mb-1 text-sm font-semibold">{x.t("reports.charts.byArea")}</figcaption>
      <ScrollBox label={x.t("reports.charts.byArea")} className="report-scroll">
        <StatusBarsSvg rows={rows} statusLabels={statusLabels} label={x.t("reports.charts.byArea")} />
      </ScrollBox>
      <details className="no-print mt-1 text-sm" data-testid="chart-table">
        <summary className="cursor-pointer text-brand-700">{x.t("a11y.chartTable")}</summary>
        <StatusTable t={x.t} locale={x.locale} rows={rows} firstColumn={x.t("overview.area")} caption={x.t("reports.charts.byArea")} />
      </details>
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
                label={t("a11y.trendChart", { indicator: nameOf(x, trend.indicator), series: nameOf(x, report.region) })}
                periods={periods}
                points={trend.points}
                seriesLabel={nameOf(x, report.region)}
                target={trend.targetValue}
                targetLabel={t("reports.charts.target")}
                expected={trend.expected}
                expectedLabel={t("reports.charts.expected")}
                unit={trend.indicator.unit}
              />
              <ChartTable
                className="no-print"
                summary={t("a11y.chartTable")}
                caption={t("a11y.reportTrendTable", { indicator: nameOf(x, trend.indicator), region: nameOf(x, report.region) })}
                periodHeading={t("a11y.period")}
                periods={periods}
                columns={[
                  { key: "value", label: nameOf(x, report.region), values: new Map(trend.points.map((p) => [p.period, p.value])) },
                  { key: "expected", label: t("reports.charts.expected"), values: new Map(trend.expected.map((p) => [p.period, p.value])) },
                  ...(trend.targetValue === null ? [] : [{ key: "target", label: t("reports.charts.target"), values: new Map(periods.map((p) => [p, trend.targetValue as number])) }]),
                ]}
                format={(value) => valueText(x, value, trend.indicator)}
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
      <ScrollBox label={x.t("reports.charts.scores")} className="report-scroll">
        <ScoreBarsSvg rows={report.subregions.map((s) => ({ label: nameOf(x, s), score: s.score }))} label={x.t("reports.charts.scores")} />
      </ScrollBox>
    </figure>
  );
}

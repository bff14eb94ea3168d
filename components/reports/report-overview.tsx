// The report's title block and overview: headline figures and their change since the previous period.
import type { SummaryReport } from "@/lib/data/reports/summary";
import { formatNumber } from "@/lib/i18n/format";
import {
  cardText,
  changeText,
  generatedText,
  headlineSentences,
  nameOf,
  periodText,
  planText,
  punct,
  reportTitle,
  scoreText,
  type ReportText,
} from "@/lib/export/report-text";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";

export function ReportTitleBlock({ x, report, headingLevel }: { x: ReportText; report: SummaryReport; headingLevel: 1 | 2 }) {
  const Title = headingLevel === 1 ? "h1" : "h2";
  const { t } = x;
  const level = t(`levels.${report.region.level}`);
  const p = punct(x);
  const rows: [string, string][] = [
    [t("reports.meta.plan"), report.plans.map(planText).join("；") || "—"],
    [t("reports.meta.region"), `${nameOf(x, report.region)}${p.open}${report.region.code}${p.comma}${level}${p.close}`],
    [t("reports.meta.period"), periodText(x, report.period.label)],
    [t("reports.meta.asOf"), `${periodText(x, report.period.asOf)}${p.open}${t("reports.meta.officialOnly")}${p.close}`],
    [t("reports.meta.generated"), generatedText(x, report)],
  ];
  return (
    <header className="report-title relative space-y-3" data-testid="report-title">
      {report.isDemo && (
        <p className="absolute right-0 top-0 rounded border-2 border-red-600 px-2 py-0.5 text-sm font-bold text-red-700" data-testid="report-demo-marker">
          {t("reports.demoMarker")}
        </p>
      )}
      <Title className="px-16 pt-6 text-center text-2xl font-bold leading-snug">{reportTitle(x, report)}</Title>
      <p className="text-center text-sm text-slate-600">{t("reports.asOfLine", { asOf: periodText(x, report.period.asOf) })}</p>
      <dl className="mx-auto grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {report.period.isPartial && <p className="text-center text-xs text-slate-600">{t("reports.partialYear", { year: report.period.label, asOf: periodText(x, report.period.asOf) })}</p>}
      {report.isDemo && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-1.5 text-xs text-amber-900">{t("reports.demoNotice")}</p>}
    </header>
  );
}

export function ReportOverview({ x, report }: { x: ReportText; report: SummaryReport }) {
  const { t, locale } = x;
  const { own, all, previous } = report.headline;
  const card = cardText(x, own.card, report.indicatorNames);
  const rows = [
    { label: t("reports.headline.ownTargets"), now: own, before: previous.own },
    ...(report.subregions.length > 0 ? [{ label: t("reports.headline.allTargets"), now: all, before: previous.all }] : []),
  ];
  return (
    <div className="space-y-3" data-testid="report-overview">
      <p className="text-sm leading-relaxed">{headlineSentences(x, report).join(locale === "en" ? " " : "")}</p>
      <div className="avoid-break grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Stat label={t("reports.headline.ownTargets")} value={formatNumber(locale, own.total)} />
        <Stat label={t("reports.headline.score")} value={scoreText(x, own.score)} note={`${t("reports.headline.change")} ${changeText(x, own.score, previous.own.score, 1)}`} testId="report-score" />
        <Stat label={t("reports.headline.rank")} value={own.rank === null ? "—" : `${own.rank} / ${own.of}`} />
        <Stat label={t("reports.headline.card")} value={card ? card.color : t("reports.headline.noCard")} />
      </div>
      <table className="report-table avoid-break w-full border-collapse text-xs" data-testid="report-status-table">
        <thead>
          <tr>
            <th className="text-left">{t("reports.headline.row")}</th>
            {STATUS_DISPLAY_ORDER.map((s) => (
              <th key={s} className="text-right">
                <span aria-hidden="true" style={{ color: STATUS_STYLE[s].ink }}>{STATUS_STYLE[s].icon}</span> {t(`status.${s}`)}
              </th>
            ))}
            <th className="text-right">{t("reports.headline.total")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th className="text-left font-medium">{row.label}</th>
              {STATUS_DISPLAY_ORDER.map((s) => (
                <td key={s} className="text-right">
                  {formatNumber(locale, row.now.counts[s])}
                  <span className="ml-1 text-[10px] text-slate-500">{delta(x, row.now.counts[s], row.before.counts[s])}</span>
                </td>
              ))}
              <td className="text-right">{formatNumber(locale, row.now.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-[11px] text-slate-500">
        {t("reports.headline.changeNote", { period: periodText(x, report.period.previous.label) })} {t("reports.headline.scoreNote")}
      </p>
    </div>
  );
}

function delta(x: ReportText, now: number, before: number) {
  const text = changeText(x, now, before);
  return text === x.t("reports.headline.unchanged") ? "" : `(${text})`;
}

function Stat({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-300 px-3 py-2" data-testid={testId}>
      <p className="text-xs text-slate-500">{label}</p>
      <p className="text-xl font-semibold">{value}</p>
      {note && <p className="text-[11px] text-slate-500">{note}</p>}
    </div>
  );
}

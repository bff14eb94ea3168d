// The report's tables: targets by area, the sub-region comparison, reporting completeness.
import { ScrollBox } from "@/components/ui/scroll-box";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import type { SummaryReport } from "@/lib/data/reports/summary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import {
  cardText,
  departmentText,
  groupByArea,
  missingByDepartment,
  nameOf,
  periodText,
  punct,
  scoreText,
  shareText,
  targetValueText,
  unitOf,
  valueText,
  type ReportText,
} from "@/lib/export/report-text";
import type { TargetStatus } from "@/lib/domain";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";

// Cell borders, padding and header shading come from `.report-table` in globals.css: a report has
// thousands of cells, and per-cell utility classes would double the page (HTML and RSC payload).
/** Column shares of the targets table, so that it lays out the same on every page of a print. */
const TARGET_COLUMNS = ["20%", "5%", "8%", "9%", "7%", "9%", "8%", "9%", "11%", "14%"];

/** Every target with baseline, target and deadline, latest official value, progress, expected, status and lead department. */
export function TargetsByArea({ x, rows, testId }: { x: ReportText; rows: TargetRow[]; testId?: string }) {
  const { t } = x;
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("dashboard.noTargets")}</p>;
  return (
    <ScrollBox label={t("reports.heading.targets")} className="report-scroll max-w-full">
      <table className="report-table report-targets w-full min-w-[40rem] border-collapse text-[11px] leading-snug print:table-fixed" data-testid={testId}>
        <colgroup>
          {TARGET_COLUMNS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="text-left">{t("reports.table.indicator")}</th>
            <th>{t("reports.table.unit")}</th>
            <th className="text-right">{t("reports.table.baseline")}</th>
            <th className="text-right">{t("reports.table.target")}</th>
            <th>{t("reports.table.deadline")}</th>
            <th className="text-right">{t("reports.table.latest")}</th>
            <th className="text-right">{t("reports.table.progress")}</th>
            <th className="text-right">{t("reports.table.expected")}</th>
            <th>{t("reports.table.status")}</th>
            <th className="text-left">{t("reports.table.lead")}</th>
          </tr>
        </thead>
        {groupByArea(rows).map((group) => (
          <tbody key={group.area?.id ?? "none"}>
            <tr className="report-group">
              <th colSpan={10} className="bg-slate-50 text-left font-semibold">
                {t("reports.table.area")}{punct(x).colon}{nameOf(x, group.area)}
              </th>
            </tr>
            {group.rows.map((r) => (
              <tr key={r.id} data-indicator={r.indicator.code}>
                <td>{nameOf(x, r.indicator)}</td>
                <td>{unitOf(x, r.indicator)}</td>
                <td>{valueText(x, r.baselineValue, r.indicator)}</td>
                <td>{targetValueText(x, r)}</td>
                <td>{periodText(x, r.deadline)}</td>
                <td>
                  {valueText(x, r.latest?.value, r.indicator)}
                  {r.latest && <small>{periodText(x, r.latest.period)}</small>}
                </td>
                <td>{shareText(x, r.progress)}</td>
                <td>{shareText(x, r.expected)}</td>
                <td>
                  <ReportStatus x={x} status={r.status} />
                </td>
                <td>{departmentText(x, r.leadDepartment)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollBox>
  );
}

/** A status as icon and label, a light badge in the status palette (`.report-status` sizes it: there is one per target). */
export function ReportStatus({ x, status }: { x: ReportText; status: TargetStatus }) {
  const look = STATUS_STYLE[status];
  return (
    <span className="report-status" style={{ color: look.ink, backgroundColor: look.tint }} data-status={status}>
      {STATUS_STYLE[status].icon} {x.t(`status.${status}`)}
    </span>
  );
}

/** Sub-regions by rank: score, status counts, red/yellow card with its reason and indicators. */
export function SubregionTable({ x, report }: { x: ReportText; report: SummaryReport }) {
  const { t, locale } = x;
  return (
    <ScrollBox label={t("reports.heading.subregions")} className="report-scroll max-w-full">
      <table className="report-table w-full min-w-[36rem] border-collapse text-[11px]" data-testid="report-subregions">
        <thead>
          <tr>
            <th>{t("reports.table.rank")}</th>
            <th className="text-left">{t("reports.table.region")}</th>
            <th className="text-right">{t("reports.table.score")}</th>
            <th className="text-right">{t("reports.table.targets")}</th>
            {STATUS_DISPLAY_ORDER.map((s) => (
              <th key={s} className="text-right">{t(`status.${s}`)}</th>
            ))}
            <th className="text-left">{t("reports.table.card")}</th>
          </tr>
        </thead>
        <tbody>
          {report.subregions.map((s) => {
            const card = cardText(x, s.card, report.indicatorNames);
            return (
              <tr key={s.code} className="avoid-break">
                <td className="text-center">{s.rank ?? "—"}</td>
                <td className="whitespace-nowrap">{nameOf(x, s)}</td>
                <td className="text-right">{scoreText(x, s.score)}</td>
                <td className="text-right">{formatNumber(locale, s.total)}</td>
                {STATUS_DISPLAY_ORDER.map((st) => (
                  <td key={st} className="text-right">{formatNumber(locale, s.counts[st])}</td>
                ))}
                <td>
                  {card ? (
                    <>
                      <span className={`mr-1 inline-block rounded-sm px-1 text-[10px] font-bold ${s.card?.color === "RED" ? "bg-red-600 text-white" : "bg-yellow-300 text-yellow-950"}`}>{card.color}</span>
                      {card.reason}{punct(x).colon}{card.indicators}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** The quarter's reporting completeness by department, and the figures not yet submitted. */
export function CompletenessSection({ x, report }: { x: ReportText; report: SummaryReport }) {
  const { t, locale } = x;
  const c = report.completeness;
  if (c.departments.length === 0) return <p className="text-sm text-slate-500">{t("reports.completeness.none")}</p>;
  const missing = missingByDepartment(report);
  return (
    <div className="space-y-2 text-sm" data-testid="report-completeness">
      <p>
        {t("reports.completeness.summary", { period: periodText(x, report.period.asOf), expected: c.total.expected, submitted: c.total.submitted, approved: c.total.approved, missing: c.missing.length })}
        {c.dueDate && <> {t("reports.completeness.due", { date: formatDate(locale, c.dueDate) })}{punct(x).open}{c.isPastDue ? t("reports.completeness.closed") : t("reports.completeness.open")}{punct(x).close}</>}
      </p>
      <table className="report-table avoid-break w-full border-collapse text-[11px]">
        <thead>
          <tr>
            <th className="text-left">{t("reports.table.department")}</th>
            <th className="text-right">{t("reports.table.expectedCount")}</th>
            <th className="text-right">{t("reports.table.submitted")}</th>
            <th className="text-right">{t("reports.table.approved")}</th>
            <th className="text-right">{t("reports.table.notSubmitted")}</th>
          </tr>
        </thead>
        <tbody>
          {c.departments.map((d) => (
            <tr key={d.departmentId}>
              <td>
                {departmentText(x, d)}
                {d.isOverdue && <span className="ml-1 rounded bg-red-100 px-1 text-[10px] text-red-800">{t("reports.completeness.overdue")}</span>}
              </td>
              <td className="text-right">{d.expected}</td>
              <td className="text-right">{d.submitted}</td>
              <td className="text-right">{d.approved}</td>
              <td className="text-right">{d.expected - d.submitted}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="report-h3 pt-1 text-sm font-semibold">{t("reports.completeness.missingTitle")}</h3>
      {missing.length === 0 ? (
        <p className="text-slate-500">{t("reports.completeness.allSubmitted")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5 text-xs" data-testid="report-missing">
          {missing.map((group) => (
            <li key={group.department?.departmentId ?? 0}>
              <span className="font-medium">{departmentText(x, group.department)}</span>{punct(x).colon}
              {group.items.map((m) => `${nameOf(x, m.region)} ${nameOf(x, m.indicator)}`).join(t("reports.listSeparator"))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// Off-track and at-risk targets with the lead and supporting departments and their explanations.
import type { SummaryReport } from "@/lib/data/reports/summary";
import { ReportStatus } from "./report-tables";
import { departmentText, nameOf, periodText, problemValuesText, punct, type ReportText } from "@/lib/export/report-text";

export function ReportProblems({ x, report }: { x: ReportText; report: SummaryReport }) {
  const { t } = x;
  const p = punct(x);
  if (report.problems.length === 0) return <p className="text-sm text-slate-500">{t("reports.problems.none")}</p>;
  return (
    <div className="space-y-2" data-testid="report-problems">
      <p className="text-sm">{t("reports.problems.summary", { count: report.problems.length })}</p>
      <ol className="space-y-2 text-xs">
        {report.problems.map(({ target: r, supporting, notes }, i) => (
          <li key={r.id} className="avoid-break rounded border border-slate-200 px-2 py-1.5" data-indicator={r.indicator.code}>
            <p className="flex flex-wrap items-center gap-x-2 text-sm">
              <span className="tabular-nums text-slate-500">{i + 1}.</span>
              <span className="font-semibold">{nameOf(x, r.indicator)}</span>
              <span className="text-slate-600">{nameOf(x, r.region)}</span>
              <ReportStatus x={x} status={r.status} />
            </p>
            <p className="mt-0.5">{problemValuesText(x, r)}</p>
            <p className="mt-0.5">
              <span className="text-slate-500">{t("reports.table.lead")}{p.colon}</span>
              {departmentText(x, r.leadDepartment)}
              {supporting.length > 0 && (
                <>
                  <span className="ml-3 text-slate-500">{t("reports.table.supporting")}{p.colon}</span>
                  {supporting.map((d) => departmentText(x, d)).join(p.list)}
                </>
              )}
            </p>
            <div className="mt-0.5">
              <span className="text-slate-500">{t("reports.table.notes")}{p.colon}</span>
              {notes.length === 0 ? (
                <span className="text-slate-500">{t("reports.problems.noNote")}</span>
              ) : (
                <ul className="inline">
                  {notes.map((n) => (
                    <li key={`${n.region.code}-${n.period}`} className="block pl-4" data-testid="report-note">
                      {nameOf(x, n.region)}{p.open}{periodText(x, n.period)}{p.close}{p.colon}{n.note}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

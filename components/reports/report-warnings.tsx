// The red and yellow cards issued in the report's region and not yet lifted, with their rectification.
import type { SummaryReport } from "@/lib/data/reports/summary";
import { issuedCardLine } from "@/lib/export/report-warnings";
import type { ReportText } from "@/lib/export/report-text";

export function ReportWarnings({ x, report }: { x: ReportText; report: SummaryReport }) {
  return (
    <div className="text-sm" data-testid="report-warnings">
      <h3 className="report-h3 mb-1 text-sm font-semibold">{x.t("warnings.report.title")}</h3>
      {report.warnings.length === 0 ? (
        <p className="text-slate-500">{x.t("warnings.report.none")}</p>
      ) : (
        <ul className="list-disc space-y-0.5 pl-5">
          {report.warnings.map((card, i) => (
            <li key={i}>{issuedCardLine(x, card, report.indicatorNames)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

// The summary report as HTML: the /reports preview and the print page (which Chromium turns into the
// PDF) render this same component from the same report object.
import type { ReactNode } from "react";
import type { SummaryReport } from "@/lib/data/reports/summary";
import { reportOutline, type ReportText } from "@/lib/export/report-text";
import type { ReportSection } from "@/lib/validations/reports";
import { ReportAreaChart, ReportScoreChart, ReportTrendCharts } from "./report-charts";
import { ReportOverview, ReportTitleBlock } from "./report-overview";
import { ReportProblems } from "./report-problems";
import { CompletenessSection, SubregionTable, TargetsByArea } from "./report-tables";
import { ReportWarnings } from "./report-warnings";

/** `titleLevel` 2 where the document is shown inside a page that has its own h1 (the /reports preview). */
export function ReportDocument({ x, report, sections, titleLevel = 1 }: { x: ReportText; report: SummaryReport; sections: readonly ReportSection[]; titleLevel?: 1 | 2 }) {
  const outline = reportOutline(x, report, sections);
  const body: Record<(typeof outline)[number]["key"], () => ReactNode> = {
    summary: () => (
      <div className="space-y-3">
        <ReportOverview x={x} report={report} />
        {/* A region without sub-regions (a county) has no sub-region section: its own cards are listed here. */}
        {report.subregions.length === 0 && <ReportWarnings x={x} report={report} />}
      </div>
    ),
    targets: () => <TargetsByArea x={x} rows={report.targets} testId="report-targets" />,
    charts: () => (
      <div className="space-y-4">
        <ReportAreaChart x={x} report={report} />
        <ReportTrendCharts x={x} report={report} />
      </div>
    ),
    problems: () => <ReportProblems x={x} report={report} />,
    subregions: () => (
      <div className="space-y-3">
        <SubregionTable x={x} report={report} />
        <ReportWarnings x={x} report={report} />
        <ReportScoreChart x={x} report={report} />
      </div>
    ),
    subregionTargets: () => (
      <div className="space-y-4">
        {groupRegions(report.subregionTargets).map((group) => (
          <div key={group.code}>
            <h3 className="report-h3 mb-1 text-sm font-semibold">{x.locale === "en" && group.nameEn ? group.nameEn : group.name}</h3>
            <TargetsByArea x={x} rows={group.rows} />
          </div>
        ))}
      </div>
    ),
    completeness: () => <CompletenessSection x={x} report={report} />,
  };
  return (
    <article className="report space-y-6 text-slate-900" data-testid="report">
      <ReportTitleBlock x={x} report={report} headingLevel={titleLevel} />
      {outline.map((part) => (
        <section key={part.key} className={`report-section report-${part.key}`} data-section={part.key}>
          <h2 className="report-h2 mb-2 border-b border-slate-300 pb-1 text-base font-bold">{part.heading}</h2>
          {body[part.key]()}
        </section>
      ))}
    </article>
  );
}

function groupRegions(rows: SummaryReport["subregionTargets"]) {
  const groups: { code: string; name: string; nameEn: string | null; rows: SummaryReport["subregionTargets"] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last?.code === row.region.code) last.rows.push(row);
    else groups.push({ code: row.region.code, name: row.region.name, nameEn: row.region.nameEn, rows: [row] });
  }
  return groups;
}

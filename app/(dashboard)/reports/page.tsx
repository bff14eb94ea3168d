// /reports: choose a region, a period and the contents; preview the report and download it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listReportOptions } from "@/lib/data/reports/report-options";
import { getSummaryReport } from "@/lib/data/reports/summary";
import { formatReportPeriod } from "@/lib/domain/report-period";
import { isPdfAvailable } from "@/lib/export/report-pdf";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { readSearchParams, REPORT_SECTIONS, reportQuerySchema } from "@/lib/validations/reports";
import { DownloadBar } from "./download-bar";
import { ReportForm } from "./report-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reports.title") };
}

export default async function ReportsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "report.export")) notFound();
  const [x, options, params] = await Promise.all([getTranslator(), listReportOptions(user), searchParams.then(readSearchParams)]);
  const query = reportQuerySchema.safeParse({ region: user.scopeRegionCode, period: options.current, ...params });
  const chosen = query.success ? query.data : null;
  const isAsked = params.region !== undefined && params.period !== undefined;
  const result = chosen && isAsked ? await getSummaryReport(user, chosen.region, chosen.period) : null;
  const period = chosen ? formatReportPeriod(chosen.period) : options.current;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{x.t("reports.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{x.t("reports.intro")}</p>
      </div>
      <ReportForm t={x.t} locale={x.locale} options={options} region={chosen?.region ?? user.scopeRegionCode} period={period} sections={chosen?.sections ?? [...REPORT_SECTIONS]} />
      {result && !result.ok && (
        <p className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="report-error">
          {result.code === "PERIOD_NOT_REACHED" ? x.t("reports.errors.periodNotReached", { current: result.current }) : x.t("errors.notFoundBody")}
        </p>
      )}
      {result?.ok && chosen && (
        <>
          <DownloadBar t={x.t} query={{ region: chosen.region, period, sections: chosen.sections }} isPdfAvailable={isPdfAvailable()} />
          <Card title={x.t("reports.preview")}>
            <p className="mb-4 text-xs text-slate-500">{x.t("reports.previewHint")}</p>
            <div className="mx-auto max-w-4xl">
              <ReportDocument x={x} report={result.report} sections={chosen.sections} titleLevel={2} />
            </div>
          </Card>
        </>
      )}
    </div>
  );
}

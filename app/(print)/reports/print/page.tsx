// The print-ready report (A4): opened from /reports to print in the browser, and by the PDF endpoint's
// Chromium. Signed-in users, or an API token's short-lived print link (?pt=…, see lib/auth/print-token).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ReportDocument } from "@/components/reports/report-document";
import { getPrintUser } from "@/lib/auth/print-user";
import { getSummaryReport } from "@/lib/data/reports/summary";
import { formatReportPeriod } from "@/lib/domain/report-period";
import { reportTitle } from "@/lib/export/report-text";
import { getLocale } from "@/lib/i18n/server";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { readSearchParams, reportQuerySchema, reportSearch } from "@/lib/validations/reports";
import { pageRules } from "./page-rules";
import { PrintButton } from "./print-button";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = createTranslator(messagesFor(await getLocale()));
  return { title: t("reports.title"), robots: { index: false } };
}

export default async function ReportPrintPage({ searchParams }: Props) {
  const params = readSearchParams(await searchParams);
  const query = reportQuerySchema.safeParse(params);
  if (!query.success) notFound();
  const { region, period, sections, lang } = query.data;
  const printToken = typeof params.pt === "string" ? params.pt : undefined;
  const user = await getPrintUser(printToken, { region, period: formatReportPeriod(period) });
  if (!user) {
    if (printToken !== undefined) notFound();
    redirect(`/login?callbackUrl=${encodeURIComponent(`/reports/print?${reportSearch({ region, period: formatReportPeriod(period), sections, lang })}`)}`);
  }
  const result = await getSummaryReport(user, region, period);
  if (!result.ok) notFound();
  const locale = lang ?? (await getLocale());
  const x = { t: createTranslator(messagesFor(locale)), locale };
  const report = result.report;
  const title = reportTitle(x, report);

  return (
    <div className="report-page min-h-screen bg-white" lang={locale}>
      <style>{pageRules(x, title, report.isDemo)}</style>
      <div className="no-print sticky top-0 z-10 flex items-center gap-3 border-b border-slate-200 bg-white/95 px-4 py-2 text-sm">
        <Link href={`/reports?${reportSearch({ region, period: formatReportPeriod(period), sections })}`} className="text-brand-700 hover:underline">
          ← {x.t("reports.backToReports")}
        </Link>
        <PrintButton label={x.t("reports.printButton")} />
      </div>
      <main className="report-sheet mx-auto px-2 py-6 print:p-0">
        <ReportDocument x={x} report={report} sections={sections} />
      </main>
    </div>
  );
}

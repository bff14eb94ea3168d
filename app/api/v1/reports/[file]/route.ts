// GET /api/v1/reports/summary.{pdf,xlsx,docx,json}?region=CODE&period=2020|2020Q4[&sections=a,b][&lang=zh-CN|en]:
// the leadership summary report of a region in scope, by session or API token.
import { signPrintToken } from "@/lib/auth/print-token";
import type { SessionUser } from "@/lib/auth/session-user";
import { apiTokenIdOf } from "@/lib/data/token-users";
import { checkSummaryReport, getSummaryReport, type SummaryReportResult } from "@/lib/data/reports/summary";
import { formatReportPeriod } from "@/lib/domain/report-period";
import { attachment } from "@/lib/export/csv";
import { writeReportDocx } from "@/lib/export/report-docx";
import { QueueFullError, busy } from "@/lib/export/pdf-queue";
import { ChromiumMissingError, renderReportPdf } from "@/lib/export/report-pdf";
import { reportFileName, type ReportText } from "@/lib/export/report-text";
import { writeReportXlsx } from "@/lib/export/report-xlsx";
import { apiError, handle } from "@/lib/http";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { reportSearch, type ReportQuery } from "@/lib/validations/reports";
import { reportsRoute } from "./schema";

const FORMAT = { "summary.pdf": "pdf", "summary.xlsx": "xlsx", "summary.docx": "docx", "summary.json": "json" } as const;

const CONTENT_TYPE = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export const GET = handle(reportsRoute, async ({ request, user, params, query, locale: callerLocale, json }) => {
  const extension = FORMAT[params.file];
  const locale = query.lang ?? callerLocale;
  const x: ReportText = { t: createTranslator(messagesFor(locale)), locale };
  if (extension === "pdf") {
    // The print page builds the report itself: here only check that the caller may have it.
    const check = await checkSummaryReport(user, query.region, query.period);
    if (!check.ok) return refuse(check, x);
    try {
      const pdf = await renderReportPdf(printJob(request, user, query, locale));
      return download(pdf, x, { region: check.region, period: { label: check.label } }, "pdf");
    } catch (error) {
      if (error instanceof ChromiumMissingError) return apiError("UNAVAILABLE", x.t("reports.errors.noChromium"));
      if (error instanceof QueueFullError) return busy(x.t("reports.errors.busy"), error.retryAfterSeconds);
      log.error({ requestId: request.headers.get(REQUEST_ID_HEADER), userId: user.id, err: error }, "report PDF failed");
      return apiError("UNAVAILABLE", x.t("reports.errors.pdfFailed"));
    }
  }
  const result = await getSummaryReport(user, query.region, query.period);
  if (!result.ok) return refuse(result, x);
  const report = result.report;
  if (extension === "json") return json(report);
  const writer = extension === "xlsx" ? writeReportXlsx : writeReportDocx;
  return download(await writer(x, report, query.sections), x, report, extension);
});

function refuse(result: Exclude<SummaryReportResult, { ok: true }>, x: ReportText) {
  if (result.code === "PERIOD_NOT_REACHED") return apiError("BAD_REQUEST", x.t("reports.errors.periodNotReached", { current: result.current }), { current: result.current });
  if (result.code === "FORBIDDEN") return apiError("FORBIDDEN", x.t("api.errors.cannotExportReports"));
  return apiError("NOT_FOUND", x.t("api.errors.regionNotFound"));
}

function download(body: Buffer, x: ReportText, report: Parameters<typeof reportFileName>[1] & { region: { code: string } }, extension: keyof typeof CONTENT_TYPE) {
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": CONTENT_TYPE[extension], "Content-Disposition": attachment(reportFileName(x, report, extension), `report-${report.region.code}-${report.period.label}.${extension}`) },
  });
}

/**
 * Where the server reaches its own print page, and as whom: a signed-in caller's cookies, or for an
 * API-token caller a short-lived print link signed for this token, region and period.
 */
function printJob(request: Request, user: SessionUser, query: ReportQuery, locale: string) {
  const origin = process.env.REPORTS_RENDER_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? (new URL(request.url).port || "3000")}`;
  const period = formatReportPeriod(query.period);
  const search = reportSearch({ region: query.region, period, sections: query.sections, lang: locale });
  const tokenId = request.headers.has("authorization") ? apiTokenIdOf(user) : null;
  const secret = process.env.NEXTAUTH_SECRET;
  if (tokenId !== null) {
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set: cannot sign a print link");
    const pt = signPrintToken({ tokenId, region: query.region, period }, secret);
    return { url: `${origin}/reports/print?${search}&pt=${encodeURIComponent(pt)}`, cookies: [{ name: LOCALE_COOKIE, value: locale }] };
  }
  const cookies = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split(/=(.*)/s))
    .flatMap(([name, value]) => (name && value !== undefined && name !== LOCALE_COOKIE ? [{ name, value }] : []));
  return { url: `${origin}/reports/print?${search}`, cookies: [...cookies, { name: LOCALE_COOKIE, value: locale }] };
}

// GET /api/v1/assessments/YEAR/notice.{docx,pdf}?region=CODE: the published notice (通报) as Word,
// or as PDF printed by the system Chromium from the notice page (the caller's session, or an API
// token's short-lived print link), through the same render queue as the reports.
import { signPrintToken } from "@/lib/auth/print-token";
import type { SessionUser } from "@/lib/auth/session-user";
import { getNotice } from "@/lib/data/assessment/notice";
import { apiTokenIdOf } from "@/lib/data/token-users";
import { noticeFileName } from "@/lib/export/assessment-notice-text";
import { writeNoticeDocx } from "@/lib/export/assessment-notice-docx";
import { attachment } from "@/lib/export/csv";
import { QueueFullError, busy } from "@/lib/export/pdf-queue";
import { ChromiumMissingError, renderReportPdf } from "@/lib/export/report-pdf";
import { apiError, handle } from "@/lib/http";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { log } from "@/lib/log";
import { noticePeriod } from "@/lib/validations/assessment-process";
import { assessmentNoticeRoute } from "./schema";

const CONTENT_TYPE = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf" } as const;

export const GET = handle(assessmentNoticeRoute, async ({ request, user, params, query, locale: callerLocale }) => {
  const locale = query.lang ?? callerLocale;
  const x = { t: createTranslator(messagesFor(locale)), locale };
  const notice = await getNotice(user, params.year, query.region);
  if (!notice.ok) return apiError("NOT_FOUND", x.t(notice.reason ?? "api.errors.NOT_FOUND", { year: params.year }));
  const extension = params.file === "notice.pdf" ? "pdf" : "docx";
  let body: Buffer;
  if (extension === "docx") {
    body = await writeNoticeDocx(x, notice.data);
  } else {
    try {
      body = await renderReportPdf(printJob(request, user, params.year, query.region, locale));
    } catch (error) {
      if (error instanceof ChromiumMissingError) return apiError("UNAVAILABLE", x.t("reports.errors.noChromium"));
      if (error instanceof QueueFullError) return busy(x.t("reports.errors.busy"), error.retryAfterSeconds);
      log.error({ userId: user.id, err: error }, "assessment notice PDF failed");
      return apiError("UNAVAILABLE", x.t("reports.errors.pdfFailed"));
    }
  }
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": CONTENT_TYPE[extension], "Content-Disposition": attachment(noticeFileName(x, notice.data, extension), `assessment-notice-${params.year}-${query.region}.${extension}`) },
  });
});

/** The notice page as the caller: the session's cookies, or a print link signed for the API token. */
function printJob(request: Request, user: SessionUser, year: number, region: string, locale: string) {
  const origin = process.env.REPORTS_RENDER_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? (new URL(request.url).port || "3000")}`;
  const search = new URLSearchParams({ year: String(year), region, lang: locale });
  const tokenId = request.headers.has("authorization") ? apiTokenIdOf(user) : null;
  if (tokenId !== null) {
    const secret = process.env.NEXTAUTH_SECRET;
    if (!secret) throw new Error("NEXTAUTH_SECRET is not set: cannot sign a print link");
    search.set("pt", signPrintToken({ tokenId, region, period: noticePeriod(year) }, secret));
    return { url: `${origin}/assessment-notice?${search.toString()}`, cookies: [{ name: LOCALE_COOKIE, value: locale }] };
  }
  const cookies = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split(/=(.*)/s))
    .flatMap(([name, value]) => (name && value !== undefined && name !== LOCALE_COOKIE ? [{ name, value }] : []));
  return { url: `${origin}/assessment-notice?${search.toString()}`, cookies: [...cookies, { name: LOCALE_COOKIE, value: locale }] };
}

// The published assessment notice (通报) as a page: read on screen, printed from the browser, and
// opened by the PDF endpoint's Chromium (with the caller's session, or an API token's short-lived
// print link). The same words as the Word file (lib/export/assessment-notice-text.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { ScrollBox } from "@/components/ui/scroll-box";
import { getPrintUser } from "@/lib/auth/print-user";
import { getNotice } from "@/lib/data/assessment/notice";
import { correctionLine, gradeText, lossesText, noticeDate, noticeIntro, noticeIssuer, noticeTitle, noticeTotal, regionName } from "@/lib/export/assessment-notice-text";
import { getLocale } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/locales";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { assessmentYearParam, noticePeriod, regionCodeParam } from "@/lib/validations/assessment-process";
import { PrintButton } from "../reports/print/print-button";

const querySchema = z.object({ year: assessmentYearParam, region: regionCodeParam, lang: z.enum(LOCALES).optional(), pt: z.string().max(2000).optional() });

export async function generateMetadata(): Promise<Metadata> {
  const t = createTranslator(messagesFor(await getLocale()));
  return { title: t("assessment.process.notice"), robots: { index: false } };
}

export default async function AssessmentNoticePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.safeParse(await searchParams);
  if (!query.success) notFound();
  const { year, region, lang, pt } = query.data;
  const user = await getPrintUser(pt, { region, period: noticePeriod(year) });
  if (!user) {
    if (pt !== undefined) notFound();
    redirect(`/login?callbackUrl=${encodeURIComponent(`/assessment-notice?year=${year}&region=${region}`)}`);
  }
  const result = await getNotice(user, year, region);
  if (!result.ok) notFound();
  const notice = result.data;
  const locale = lang ?? (await getLocale());
  const x = { t: createTranslator(messagesFor(locale)), locale };
  const { t } = x;
  return (
    <div className="min-h-screen bg-white" lang={locale}>
      <style>{"@page { size: A4; margin: 18mm 16mm; } @media print { .no-print { display: none !important; } }"}</style>
      <div className="no-print sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white/95 px-4 py-2 text-sm">
        <Link href={`/assessment?${new URLSearchParams({ region, year: String(year) }).toString()}`} className="text-brand-700 hover:underline">
          ← {t("assessment.notice.back")}
        </Link>
        <PrintButton label={t("assessment.notice.print")} />
      </div>
      <main className="mx-auto max-w-3xl px-4 py-6 text-[15px] leading-7 print:p-0" data-testid="notice">
        <h1 className="text-center text-xl font-bold sm:text-2xl">{noticeTitle(x, notice)}</h1>
        {notice.version > 1 && <p className="mt-1 text-center text-sm text-slate-600" data-testid="notice-version">{t("assessment.notice.version", { version: notice.version })}</p>}
        <p className="mt-4 indent-8">{noticeIntro(x, notice)}</p>
        <h2 className="mt-5 font-bold">{t("assessment.notice.rankingHeading")}</h2>
        <ScrollBox label={t("assessment.notice.rankingHeading")} className="mt-2">
          <table className="w-full border-collapse text-sm" data-testid="notice-ranking">
            <thead>
              <tr className="bg-slate-100">
                {["rank", "region", "total", "grade", "deductions"].map((key) => (
                  <th key={key} scope="col" className="border border-slate-300 px-2 py-1 text-center font-semibold whitespace-nowrap">{t(`assessment.notice.${key}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {notice.rows.map((row) => (
                <tr key={row.code} data-testid={`notice-row-${row.code}`}>
                  <td className="border border-slate-300 px-2 py-1 text-center tabular-nums">{row.rank}</td>
                  <th scope="row" className="border border-slate-300 px-2 py-1 text-center font-normal whitespace-nowrap">{regionName(x, row)}</th>
                  <td className="border border-slate-300 px-2 py-1 text-right tabular-nums">{noticeTotal(x, row.total)}</td>
                  <td className="border border-slate-300 px-2 py-1 text-center whitespace-nowrap">{gradeText(row)}</td>
                  <td className="border border-slate-300 px-2 py-1">{lossesText(x, row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <h2 className="mt-5 font-bold">{t("assessment.notice.deductionsHeading")}</h2>
        {notice.rows.map((row) => (
          <p key={row.code} className="mt-1">{`${regionName(x, row)}：${lossesText(x, row)}`}</p>
        ))}
        {notice.corrections.length > 0 && (
          <>
            <h2 className="mt-5 font-bold">{t("assessment.notice.correctionHeading")}</h2>
            {notice.corrections.map((c) => (
              <p key={c.version} className="mt-1" data-testid="notice-correction">{correctionLine(x, c)}</p>
            ))}
          </>
        )}
        <p className="mt-8 text-right">{noticeIssuer(x, notice)}</p>
        <p className="text-right">{noticeDate(x, notice)}</p>
      </main>
    </div>
  );
}

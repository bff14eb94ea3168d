import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { listReviewGroups } from "@/lib/data/review";
import { formatDate } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { PeriodPicker } from "../_components/period-picker";
import { loadPeriodPage, periodQuery } from "../_lib/period-page";
import { ReviewList } from "./_components/review-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("review.title") };
}

const STATUSES = ["SUBMITTED", "RETURNED", "APPROVED"] as const;

const searchSchema = z.object({
  period: periodQuery,
  status: z.enum(STATUSES).optional().catch(undefined),
});

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t, locale }, { user, params, period, periods }] = await Promise.all([getTranslator(), loadPeriodPage("figure.review", searchSchema, searchParams)]);
  const status = params.status ?? "SUBMITTED";
  const groups = await listReviewGroups(user, { year: period.year, quarter: period.quarter, status });
  const count = groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("review.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {t("entry.periodLabel", { year: period.year, quarter: period.quarter })} · {t("entry.dueDate", { date: formatDate(locale, period.dueDate) })} ·{" "}
            {t(period.isOpen ? "entry.open" : "entry.closed")}
          </p>
        </div>
        <PeriodPicker t={t} periods={periods} value={period.label} />
      </div>
      <nav className="flex flex-wrap gap-2" aria-label={t("review.statusFilter")}>
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={`/review?period=${period.label}&status=${s}`}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${s === status ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {t(`review.tabs.${s}`)}
          </Link>
        ))}
      </nav>
      {!period.isOpen && <p className="rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("review.closedNotice")}</p>}
      {count === 0 ? (
        <Card>
          <p className="text-slate-600" data-testid="review-empty">{t(`review.empty.${status}`)}</p>
        </Card>
      ) : (
        <ReviewList key={`${period.label}:${status}`} groups={groups} status={status} isOpen={period.isOpen} />
      )}
    </div>
  );
}

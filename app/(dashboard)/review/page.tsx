import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/layout/pager";
import { QuerySelect } from "@/components/layout/query-select";
import { findRegionInScope, listRegionChoices } from "@/lib/data/regions";
import { listReviewPage } from "@/lib/data/review-list";
import { formatDate, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { PeriodPicker } from "../_components/period-picker";
import { loadPeriodPage, periodQuery } from "../_lib/period-page";
import { ReviewList } from "./_components/review-list";
import { idQueryParam } from "@/lib/validations/fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("review.title") };
}

const STATUSES = ["SUBMITTED", "RETURNED", "APPROVED"] as const;

const searchSchema = z.object({
  period: periodQuery,
  status: z.enum(STATUSES).optional().catch(undefined),
  department: idQueryParam(),
  region: z.string().regex(/^\d{6}$/).optional().catch(undefined),
  indicator: z.string().max(64).optional().catch(undefined),
  page: idQueryParam(),
});

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ t, locale }, { user, params, period, periods }] = await Promise.all([getTranslator(), loadPeriodPage("figure.review", searchSchema, searchParams)]);
  const status = params.status ?? "SUBMITTED";
  const filter = { year: period.year, quarter: period.quarter, status, departmentId: params.department, regionCode: params.region, indicatorCode: params.indicator };
  const [list, region] = await Promise.all([listReviewPage(user, filter, params.page), params.region ? findRegionInScope(user, params.region) : null]);
  const regions = await listRegionChoices(user, region);
  const shownAt = new Date().toISOString();
  // The query string of this list without its page: status tabs, pager and pickers keep the filters.
  const search = { period: period.label, status, department: params.department?.toString(), region: region?.code, indicator: params.indicator };
  const tabHref = (s: string) => `/review?${new URLSearchParams(Object.entries({ ...search, status: s }).flatMap(([k, v]) => (v ? [[k, v]] : []))).toString()}`;
  const all = t("review.filters.all");

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
            href={tabHref(s)}
            aria-current={s === status ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${s === status ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {t(`review.tabs.${s}`)}
          </Link>
        ))}
      </nav>
      <div className="flex flex-wrap items-end gap-3" data-testid="review-filters">
        <QuerySelect
          name="department"
          label={t("review.filters.department")}
          value={params.department?.toString() ?? ""}
          testId="review-department"
          options={[{ value: "", label: all }, ...list.departments.map((d) => ({ value: String(d.id), label: `${localizedName(locale, d.name, d.nameEn)}${t("review.itemCount", { count: d.count })}` }))]}
        />
        <QuerySelect
          name="region"
          label={t("review.filters.region")}
          value={region?.code ?? ""}
          testId="review-region"
          options={[{ value: "", label: all }, ...regions.map((r) => ({ value: r.code, label: `${"\u3000".repeat(r.depth)}${localizedName(locale, r.name, r.nameEn)}` }))]}
        />
        <QuerySelect
          name="indicator"
          label={t("review.filters.indicator")}
          value={params.indicator ?? ""}
          testId="review-indicator"
          options={[{ value: "", label: all }, ...list.indicators.map((i) => ({ value: i.code, label: localizedName(locale, i.name, i.nameEn) }))]}
        />
      </div>
      {!period.isOpen && <p className="rounded-lg border border-slate-300 bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("review.closedNotice")}</p>}
      {list.total === 0 ? (
        <Card>
          <p className="text-slate-600" data-testid="review-empty">{t(`review.empty.${status}`)}</p>
        </Card>
      ) : (
        <ReviewList
          key={`${period.label}:${status}`}
          groups={list.groups}
          status={status}
          isOpen={period.isOpen}
          filter={{ period: period.label, regionCode: region?.code, regionName: region ? localizedName(locale, region.name, region.nameEn) : null, indicatorCode: params.indicator, shownAt }}
        />
      )}
      <Pager page={list.page} pageCount={list.pageCount} total={list.total} pathname="/review" search={search} testId="review-pager" />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listTargetsPage } from "@/lib/data/dashboard/targets-list";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { targetFilterSchema } from "@/lib/validations/targets";
import { ProvisionalToggle } from "../_components/provisional-toggle";
import { TargetTable } from "../_components/target-table";
import { TargetFilterForm } from "./filter-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("targets.title") };
}

export default async function TargetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const filters = targetFilterSchema.parse(await searchParams);
  const [{ t, locale }, list] = await Promise.all([getTranslator(), listTargetsPage(user, filters)]);
  if (!list) notFound();
  const query: Record<string, string> = Object.fromEntries(
    Object.entries({ ...filters, page: undefined, provisional: filters.provisional ? "1" : undefined }).flatMap(([k, v]) => (v === undefined || v === "none" ? [] : [[k, String(v)]])),
  );
  const { page, pageCount: pages, rows: shown } = list;
  const groups = new Map<string, typeof shown>();
  for (const row of shown) groups.set(list.groupKey(row), [...(groups.get(list.groupKey(row)) ?? []), row]);
  const groupLabel = (key: string) => {
    if (filters.group === "status") return t(`status.${key}`);
    if (filters.group === "region") {
      const region = list.options.regions.find((r) => r.code === key);
      return region ? localizedName(locale, region.name, region.nameEn) : key;
    }
    return key;
  };
  const withQuery = (extra: Record<string, string>) => `?${new URLSearchParams({ ...query, ...extra }).toString()}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("targets.title")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <ProvisionalToggle t={t} isProvisional={filters.provisional} basePath="/targets" params={Object.fromEntries(Object.entries(query).filter(([k]) => k !== "provisional"))} />
            <a href={`/api/v1/targets/export.csv${withQuery({})}`} className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100" download data-testid="export-csv">CSV</a>
            <a href={`/api/v1/targets/export.xlsx${withQuery({})}`} className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100" download data-testid="export-xlsx">Excel</a>
          </div>
        }
      >
        <p className="text-sm text-slate-500" data-testid="targets-count">{t("targets.count", { shown: list.matched, total: list.total })}</p>
      </PageHeader>
      <TargetFilterForm t={t} locale={locale} filters={filters} options={list.options} />
      {[...groups].map(([key, rows]) => (
        <Card key={key || "all"} title={filters.group === "none" ? undefined : `${groupLabel(key)} (${rows.length})`}>
          <TargetTable t={t} locale={locale} rows={rows} showRegion showSparkline testId="targets-table" />
        </Card>
      ))}
      {shown.length === 0 && <Card><p className="text-sm text-slate-500">{t("dashboard.noTargets")}</p></Card>}
      {pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t("targets.pages")}>
          {page > 1 && <Link href={withQuery({ page: String(page - 1) })} className="text-brand-700 hover:underline">← {t("targets.previous")}</Link>}
          <span>{t("targets.pageOf", { page, pages })}</span>
          {page < pages && <Link href={withQuery({ page: String(page + 1) })} className="text-brand-700 hover:underline">{t("targets.next")} →</Link>}
        </nav>
      )}
    </div>
  );
}

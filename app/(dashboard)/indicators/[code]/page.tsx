import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { TrendChart } from "@/components/charts/trend-chart";
import { Card } from "@/components/ui/card";
import { DemoNotice } from "@/components/ui/demo-badge";
import { requireUser } from "@/lib/auth/session";
import { findIndicatorNames, getIndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { formatPeriod } from "@/lib/domain";
import { unitLabel } from "@/lib/i18n/units";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { formatPeriodLabel } from "@/lib/i18n/display";
import { periodParam, provisionalParam } from "@/lib/validations/dashboard";
import { ProvisionalToggle } from "../../_components/provisional-toggle";
import { FigureTable } from "./figure-table";
import { RankingTable } from "./ranking-table";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const searchSchema = z.object({
  provisional: provisionalParam,
  period: periodParam,
  region: z.string().regex(/^\d{6}$/).optional(),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t, locale }, user] = await Promise.all([getTranslator(), requireUser()]);
  const names = await findIndicatorNames(user, (await params).code);
  return { title: names ? `${localizedName(locale, names.name, names.nameEn)} · ${t("indicator.title")}` : t("indicator.title") };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const search = searchSchema.catch({ provisional: false, period: null, region: undefined }).parse(await searchParams);
  const [{ t, locale }, dashboard] = await Promise.all([
    getTranslator(),
    getIndicatorDashboard(user, code, { provisional: search.provisional, period: search.period, focusRegionCode: search.region ?? null }),
  ]);
  if (!dashboard) notFound();
  const { indicator } = dashboard;
  const period = formatPeriod(dashboard.period);
  const keep = { ...(search.region && { region: search.region }), ...(search.provisional && { provisional: "1" }) };
  const exportQuery = new URLSearchParams({ period, ...keep }).toString();

  return (
    <div className="space-y-6">
      <PageHeader
        title={localizedName(locale, indicator.name, indicator.nameEn)}
        titleTestId="indicator-title"
        actions={<ProvisionalToggle t={t} isProvisional={search.provisional} basePath={`/indicators/${indicator.code}`} params={{ period, ...(search.region && { region: search.region }) }} />}
      >
        <p className="text-sm text-slate-500">
          {indicator.code} · {t("indicator.unit")}: {unitLabel(locale, indicator.unit)} · {t(`indicator.kind.${indicator.kind}`)} · {t(`indicator.direction.${indicator.direction}`)}
        </p>
        {indicator.definition && <p className="mt-1 max-w-3xl text-sm text-slate-600">{indicator.definition}</p>}
      </PageHeader>
      {dashboard.hasDemo && <DemoNotice t={t} />}
      <form method="get" className="no-print flex flex-wrap items-center gap-2 text-sm" data-testid="period-form">
        {search.region && <input type="hidden" name="region" value={search.region} />}
        {search.provisional && <input type="hidden" name="provisional" value="1" />}
        <label htmlFor="period">{t("indicator.quarter")}</label>
        <select id="period" name="period" defaultValue={period} className="rounded-md border border-slate-300 px-2 py-1">
          {[...dashboard.periods].reverse().map((p) => (
            <option key={p} value={p}>{formatPeriodLabel(t, p)}</option>
          ))}
        </select>
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1 text-white hover:bg-brand-900">{t("indicator.show")}</button>
      </form>
      <Card title={t("indicator.trend", { region: dashboard.focus ? localizedName(locale, dashboard.focus.name, dashboard.focus.nameEn) : "" })}>
        <TrendChart
          title={localizedName(locale, indicator.name, indicator.nameEn)}
          decimals={indicator.decimals}
          periods={dashboard.periods}
          series={dashboard.trend.map((s) => ({ key: s.key, label: localizedName(locale, s.name, s.nameEn), points: s.points }))}
          target={dashboard.focus?.targetValue ?? null}
          targetLabel={t("indicator.targetLine")}
          expected={dashboard.focus?.expectedPath ?? []}
          expectedLabel={t("indicator.expectedLine")}
          unit={indicator.unit}
        />
        <p className="mt-2 text-xs text-slate-500">{t("indicator.trendHint")}</p>
      </Card>
      <Card
        title={t("indicator.ranking", { period: formatPeriodLabel(t, period) })}
        action={
          <a href={`/api/v1/indicators/${encodeURIComponent(indicator.code)}/ranking.csv?${exportQuery}`} className="no-print rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100" data-testid="ranking-csv" download>
            {t("indicator.downloadCsv")}
          </a>
        }
      >
        <RankingTable rows={dashboard.ranking} unit={indicator.unit} decimals={indicator.decimals} />
      </Card>
      <Card title={t("indicator.figures", { period: formatPeriodLabel(t, period) })}>
        <FigureTable t={t} locale={locale} rows={dashboard.figures} unit={indicator.unit} decimals={indicator.decimals} isRate={indicator.kind === "RATE"} />
      </Card>
      <p className="text-sm">
        <Link href="/targets" className="text-brand-700 hover:underline">{t("indicator.allTargets")}</Link>
      </p>
    </div>
  );
}

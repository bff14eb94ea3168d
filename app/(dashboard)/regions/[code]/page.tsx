import { ScrollBox } from "@/components/ui/scroll-box";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ScoreBarsSvg } from "@/components/charts/svg-charts";
import { Card, StatCard } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCascadeCoverage, listCascadeOrigins } from "@/lib/data/cascade/read";
import { getRegionDashboard } from "@/lib/data/dashboard/region";
import { findRegionInScope } from "@/lib/data/regions";
import { listIndicatorNames, listRegionCards } from "@/lib/data/warnings/list";
import { formatPeriod } from "@/lib/domain";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { formatPeriodLabel, formatTarget } from "@/lib/i18n/display";
import { dashboardSearchSchema, regionCodeParam } from "@/lib/validations/dashboard";
import { CardsList } from "../../_components/cards-list";
import { ProvisionalToggle } from "../../_components/provisional-toggle";
import { RegionRanking } from "../../_components/region-ranking";
import { TargetTable } from "../../_components/target-table";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t, locale }, user] = await Promise.all([getTranslator(), requireUser()]);
  const region = await findRegionInScope(user, (await params).code);
  return { title: region ? `${localizedName(locale, region.name, region.nameEn)} · ${t("region.title")}` : t("region.title") };
}

export default async function RegionPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const code = regionCodeParam.safeParse((await params).code);
  if (!code.success) notFound();
  const { provisional } = dashboardSearchSchema.catch({ provisional: false }).parse(await searchParams);
  const [{ t, locale }, dashboard, cards] = await Promise.all([getTranslator(), getRegionDashboard(user, code.data, { provisional }), listRegionCards(user, code.data, "open")]);
  if (!dashboard) notFound();
  const cardIndicators = await listIndicatorNames(cards?.cards.flatMap((c) => c.indicatorCodes) ?? []);
  const { region, scorecard } = dashboard;
  const [origins, coverage] = await Promise.all([listCascadeOrigins(user, dashboard.targets.map((r) => r.id)), getCascadeCoverage(user, region.id)]);
  // An office cascades a target handed down to its region further, to the sub-regions.
  const canCascade = can(user, "plan.manage") && coverage.of > 0;
  const cascaded = dashboard.targets.flatMap((row) => {
    const origin = origins.get(row.id);
    return origin ? [{ row, origin }] : [];
  });
  const name = localizedName(locale, region.name, region.nameEn);

  return (
    <div className="space-y-6">
      <PageHeader
        above={
          dashboard.parent && (
            <Link href={`/regions/${dashboard.parent.code}`} className="text-sm text-brand-700 hover:underline">
              ← {localizedName(locale, dashboard.parent.name, dashboard.parent.nameEn)}
            </Link>
          )
        }
        title={
          <>
            {name} <span className="text-base font-normal text-slate-500">{region.code} · {t(`levels.${region.level}`)}</span>
          </>
        }
        titleTestId="region-title"
        actions={<ProvisionalToggle t={t} isProvisional={provisional} basePath={`/regions/${region.code}`} />}
      >
        <p className="text-sm text-slate-500">{t("dashboard.asOf", { period: formatPeriodLabel(t, formatPeriod(dashboard.period)) })}</p>
      </PageHeader>
      {scorecard && (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <StatCard label={t("region.score")} value={scorecard.score === null ? "—" : formatNumber(locale, scorecard.score, 1)} testId="region-score" />
          <StatCard label={t("region.rank")} value={scorecard.rank === null ? "—" : t("region.rankOf", { rank: scorecard.rank, of: scorecard.of })} />
          <StatCard label={t("region.targets")} value={formatNumber(locale, dashboard.targets.length)} />
          <StatCard label={t("region.card")} value={scorecard.card ? t(`cards.${scorecard.card.color}`) : t("region.noCard")} />
        </div>
      )}
      <Card
        title={t("warnings.region.title")}
        action={
          <Link href="/warnings" className="text-sm text-brand-700 hover:underline">
            {t("warnings.region.all")}
          </Link>
        }
      >
        <CardsList t={t} locale={locale} cards={cards?.cards ?? []} indicatorNames={new Map(cardIndicators.map((i) => [i.code, localizedName(locale, i.name, i.nameEn)]))} />
      </Card>
      <Card title={t("region.targetsTitle")}>
        <TargetTable t={t} locale={locale} rows={dashboard.targets} showSparkline testId="region-targets" />
      </Card>
      {(cascaded.length > 0 || coverage.cascaded > 0) && (
        <Card title={t("cascade.originTitle")}>
          {coverage.of > 0 && <p className="text-sm text-slate-700" data-testid="region-cascade-coverage">{t("cascade.coverage", coverage)}</p>}
          <ul className="mt-2 space-y-1 text-sm" data-testid="region-cascade-origins">
            {cascaded.map(({ row, origin }) => (
              <li key={row.id} data-indicator={row.indicator.code}>
                <span className="font-medium">{localizedName(locale, row.indicator.name, row.indicator.nameEn)}</span>{" "}
                <span className="tabular-nums">{formatTarget(locale, row, row.indicator)}</span>{" "}
                <span className="text-slate-600">
                  {t("cascade.originLine", { region: localizedName(locale, origin.region.name, origin.region.nameEn), target: formatTarget(locale, { comparator: row.comparator, targetValue: origin.targetValue }, row.indicator) })}
                </span>
                {canCascade && (
                  <Link href={`/admin/plans/${origin.planId}/targets/${row.id}/cascade`} className="ml-2 text-brand-700 hover:underline">
                    {t("cascade.openOf", { indicator: localizedName(locale, row.indicator.name, row.indicator.nameEn) })}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {dashboard.children.length > 0 && (
        <Card title={t("region.comparison")}>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            <ScrollBox label={t("region.comparison")}>
              <ScoreBarsSvg rows={dashboard.children.map((c) => ({ label: localizedName(locale, c.name, c.nameEn), score: c.score }))} label={t("region.comparison")} width={480} />
            </ScrollBox>
            <RegionRanking t={t} locale={locale} rows={dashboard.children} />
          </div>
        </Card>
      )}
    </div>
  );
}

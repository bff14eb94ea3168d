import { ScrollBox } from "@/components/ui/scroll-box";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StatusBarsSvg } from "@/components/charts/svg-charts";
import { Card } from "@/components/ui/card";
import { DemoNotice } from "@/components/ui/demo-badge";
import { requireUser } from "@/lib/auth/session";
import { getOverview } from "@/lib/data/dashboard/overview";
import { listPlansInScope } from "@/lib/data/plans-in-scope";
import { listCards, listIndicatorNames, listOpenTasks } from "@/lib/data/warnings/list";
import { formatPeriod, type TargetStatus } from "@/lib/domain";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { formatPeriodLabel } from "@/lib/i18n/display";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";
import { dashboardSearchSchema } from "@/lib/validations/dashboard";
import { CardsList } from "./_components/cards-list";
import { CompletenessList } from "./_components/completeness-card";
import { PlanList } from "./_components/plan-list";
import { ProvisionalToggle } from "./_components/provisional-toggle";
import { StatusCounts } from "./_components/status-counts";
import { StatusMatrix } from "./_components/status-matrix";
import { StatusTable } from "@/components/charts/status-table";
import { TargetTable } from "./_components/target-table";
import { TasksTable } from "./warnings/_components/tasks-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("overview.title") };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const { provisional } = dashboardSearchSchema.catch({ provisional: false }).parse(await searchParams);
  const [{ t, locale }, overview, summary, cards, myTasks] = await Promise.all([
    getTranslator(),
    getOverview(user, { provisional }),
    listPlansInScope(user),
    listCards(user, { filter: "open" }),
    // A department's home chases its own rectification tasks.
    user.role === "DEPARTMENT" ? listOpenTasks(user) : Promise.resolve([]),
  ]);
  const cardIndicators = await listIndicatorNames(cards.flatMap((c) => c.indicatorCodes));
  const scopeName = localizedName(locale, overview.scope.name, overview.scope.nameEn);
  const statusLabels = Object.fromEntries(STATUS_DISPLAY_ORDER.map((s) => [s, t(`status.${s}`)])) as Record<TargetStatus, string>;
  const areaBars = overview.areas.map((a) => ({ label: localizedName(locale, a.name, a.nameEn), counts: a.counts }));
  const indicatorNames = new Map(cardIndicators.map((c) => [c.code, localizedName(locale, c.name, c.nameEn)]));

  return (
    <div className="space-y-6">
      <PageHeader title={t("overview.title")} actions={<ProvisionalToggle t={t} isProvisional={provisional} basePath="/" />}>
        <p className="mt-1 text-slate-600" data-testid="scope-line">
          {t("home.scopeLine", { region: scopeName, level: t(`levels.${overview.scope.level}`) })}
        </p>
        <p className="text-sm text-slate-500">
          {t("home.roleLine", { role: t(`roles.${user.role}`) })}
          {user.departmentName && <> · {t("home.departmentLine", { department: user.departmentName })}</>}
          {" · "}
          {t("dashboard.asOf", { period: formatPeriodLabel(t, formatPeriod(overview.period)) })}
        </p>
      </PageHeader>
      {summary.hasDemoFigures && <DemoNotice t={t} />}
      {user.role === "DEPARTMENT" && (
        <Card title={t("warnings.myTasks")}>
          <TasksTable t={t} locale={locale} tasks={myTasks} testId="my-tasks" />
        </Card>
      )}
      <StatusCounts t={t} locale={locale} counts={overview.counts} total={overview.total} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card title={t("overview.byArea")} className="lg:col-span-2">
          <ScrollBox label={t("overview.byArea")}>
            <StatusBarsSvg rows={areaBars} statusLabels={statusLabels} label={t("overview.byArea")} />
          </ScrollBox>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700">{t("dashboard.showTable")}</summary>
            <StatusTable t={t} locale={locale} rows={areaBars} firstColumn={t("overview.area")} caption={t("overview.byArea")} />
          </details>
        </Card>
        <div className="min-w-0 space-y-4">
          <Card
            title={t("overview.cards")}
            action={
              <Link href="/warnings" className="text-sm text-brand-700 hover:underline">
                {t("warnings.title")}
              </Link>
            }
          >
            <CardsList t={t} locale={locale} cards={cards} indicatorNames={indicatorNames} />
          </Card>
          <Card title={t("overview.completeness", { period: formatPeriodLabel(t, formatPeriod(overview.period)) })}>
            <CompletenessList t={t} locale={locale} completeness={overview.completeness} />
          </Card>
        </div>
      </div>
      <Card title={t("overview.matrix")}>
        <p className="mb-2 text-xs text-slate-500">{t("overview.matrixHint")}</p>
        <StatusMatrix matrix={overview.matrix} />
      </Card>
      <Card title={t("overview.mostBehind")}>
        <TargetTable t={t} locale={locale} rows={overview.mostBehind} showRegion testId="most-behind" />
      </Card>
      <PlanList t={t} locale={locale} plans={summary.plans} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getCardSettings, listCardRegions, listCards, listIndicatorNames, listOpenTasks, summarizeTasksByDepartment } from "@/lib/data/warnings/list";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { warningsSearchSchema } from "@/lib/validations/warnings";
import { IssueCardForm } from "./_components/card-forms";
import { CardsTable } from "./_components/cards-table";
import { DepartmentSummaryTable, TasksTable } from "./_components/tasks-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("warnings.title") };
}

const FILTERS = ["open", "closed", "all"] as const;

export default async function WarningsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const { status } = warningsSearchSchema.parse(await searchParams);
  const isOffice = can(user, "warning.manage");
  const [{ t, locale }, cards, tasks, departments, settings, regions] = await Promise.all([
    getTranslator(),
    listCards(user, { filter: status }),
    listOpenTasks(user),
    isOffice ? summarizeTasksByDepartment(user) : Promise.resolve([]),
    getCardSettings(),
    isOffice ? listCardRegions(user) : Promise.resolve([]),
  ]);
  const indicators = await listIndicatorNames(cards.flatMap((c) => c.indicatorCodes));
  const indicatorNames = new Map(indicators.map((i) => [i.code, localizedName(locale, i.name, i.nameEn)]));

  return (
    <div className="space-y-6">
      <PageHeader title={t("warnings.title")}>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("warnings.intro", { quarters: settings.liftQuarters })}</p>
      </PageHeader>
      <Card
        title={t("warnings.cards")}
        action={
          <nav aria-label={t("warnings.filter.label")} className="flex flex-wrap gap-1 text-sm">
            {FILTERS.map((f) => (
              <Link
                key={f}
                href={f === "open" ? "/warnings" : `/warnings?status=${f}`}
                aria-current={f === status ? "page" : undefined}
                className={`rounded-md px-3 py-1 ${f === status ? "bg-brand-700 text-white" : "border border-slate-300 text-slate-700 hover:bg-slate-50"}`}
              >
                {t(`warnings.filter.${f}`)}
              </Link>
            ))}
          </nav>
        }
      >
        <CardsTable t={t} locale={locale} cards={cards} indicatorNames={indicatorNames} />
      </Card>
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-3">
        <Card title={user.role === "DEPARTMENT" ? t("warnings.myTasks") : t("warnings.openTasks")} className="lg:col-span-2">
          <TasksTable t={t} locale={locale} tasks={tasks} />
        </Card>
        {isOffice && (
          <div className="min-w-0 space-y-4">
            <Card title={t("warnings.byDepartment")}>
              <DepartmentSummaryTable t={t} locale={locale} rows={departments} />
            </Card>
            {regions.length > 0 && (
              <Card title={t("warnings.issue.title")}>
                <IssueCardForm regions={regions.map((r) => ({ value: r.code, label: localizedName(locale, r.name, r.nameEn) }))} />
              </Card>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listPeriods } from "@/lib/data/periods";
import { formatPeriod, nextPeriod, toQuarter } from "@/lib/domain";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/permissions";
import { PeriodTable } from "./_components/period-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("periods.title") };
}

const DUE_DAYS_AFTER_QUARTER = 15;

export default async function PeriodsPage() {
  const user = await requireUser();
  if (!can(user, "period.manage")) notFound();
  const [{ t }, periods] = await Promise.all([getTranslator(), listPeriods()]);
  const latest = periods[0];
  const quarter = latest ? toQuarter(latest.quarter) : null;
  const next = latest && quarter ? nextPeriod({ year: latest.year, quarter }) : null;
  const nextDue = next ? new Date(Date.UTC(next.year, next.quarter * 3, DUE_DAYS_AFTER_QUARTER)).toISOString().slice(0, 10) : null;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("periods.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("periods.help")}</p>
      </div>
      <Card>
        <PeriodTable periods={periods} next={next && nextDue ? { label: formatPeriod(next), year: next.year, quarter: next.quarter, dueDate: nextDue } : null} />
      </Card>
    </div>
  );
}

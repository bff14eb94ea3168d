import type { Metadata } from "next";
import { Card, StatCard } from "@/components/ui/card";
import { DemoNotice } from "@/components/ui/demo-badge";
import { requireUser } from "@/lib/auth/session";
import { getScopeSummary } from "@/lib/data/home";
import { formatDate, formatNumber, localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("home.title") };
}

export default async function HomePage() {
  const user = await requireUser();
  const [{ t, locale }, summary] = await Promise.all([getTranslator(), getScopeSummary(user)]);
  const regionName = localizedName(locale, summary.region.name, summary.region.nameEn);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("home.welcome", { name: user.name })}</h1>
        <p className="mt-1 text-slate-600" data-testid="scope-line">
          {t("home.scopeLine", { region: regionName, level: t(`levels.${summary.region.level}`) })}
        </p>
        <p className="text-sm text-slate-500">
          {t("home.roleLine", { role: t(`roles.${user.role}`) })}
          {user.departmentName && <> · {t("home.departmentLine", { department: user.departmentName })}</>}
        </p>
      </div>
      {summary.hasDemoFigures && <DemoNotice t={t} />}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <StatCard label={t("home.plans")} value={formatNumber(locale, summary.plans.length)} testId="stat-plans" />
        <StatCard label={t("home.targets")} value={formatNumber(locale, summary.targetCount)} testId="stat-targets" />
        <StatCard label={t("home.subRegions")} value={formatNumber(locale, summary.childCount)} testId="stat-regions" />
      </div>
      <Card title={t("home.planList")}>
        {summary.plans.length === 0 ? (
          <p className="text-sm text-slate-500">{t("home.noPlans")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="plan-list">
            {summary.plans.map((plan) => (
              <li key={plan.id} className="py-3">
                <p className="font-medium">
                  {plan.title}
                  {plan.isDemo && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">{t("app.demoBadge")}</span>}
                </p>
                <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
                  {plan.docNumber && <Meta label={t("home.docNumber")} value={plan.docNumber} />}
                  {plan.issuer && <Meta label={t("home.issuer")} value={plan.issuer} />}
                  <Meta label={t("home.issued")} value={formatDate(locale, plan.issueDate)} />
                  <Meta label={t("home.deadline")} value={String(plan.deadline.getUTCFullYear())} />
                  <Meta label={t("home.targetCount")} value={formatNumber(locale, plan.targetCount)} />
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt className="text-slate-500">{label}:</dt>
      <dd>{value}</dd>
    </div>
  );
}

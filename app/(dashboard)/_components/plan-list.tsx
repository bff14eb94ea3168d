import { ZhText } from "@/components/ui/zh-text";
import { Card } from "@/components/ui/card";
import type { PlansInScope } from "@/lib/data/plans-in-scope";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** The plans (policy documents) with targets in the user's scope. */
export function PlanList({ t, locale, plans }: { t: Translate; locale: Locale; plans: PlansInScope["plans"] }) {
  return (
    <Card title={t("home.planList")}>
      {plans.length === 0 ? (
        <p className="text-sm text-slate-500">{t("home.noPlans")}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="plan-list">
          {plans.map((plan) => (
            <li key={plan.id} className="py-3">
              <p className="font-medium">
                <ZhText text={plan.title} />
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
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  // Document numbers and issuers are Chinese in either interface language.
  return (
    <div className="flex gap-1">
      <dt className="text-slate-500">{label}:</dt>
      <dd>
        <ZhText text={value} />
      </dd>
    </div>
  );
}

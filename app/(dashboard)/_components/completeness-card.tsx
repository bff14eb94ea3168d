import type { Completeness } from "@/lib/data/completeness";
import { formatDate, formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** Submitted and approved figures per department for the quarter, overdue departments marked. */
export function CompletenessList({ t, locale, completeness }: { t: Translate; locale: Locale; completeness: Completeness }) {
  if (completeness.departments.length === 0) return <p className="text-sm text-slate-500">{t("overview.noResponsibilities")}</p>;
  return (
    <div className="space-y-2" data-testid="completeness">
      {completeness.dueDate && <p className="text-xs text-slate-500">{t("overview.dueDate", { date: formatDate(locale, completeness.dueDate) })}</p>}
      <ul className="space-y-2">
        {completeness.departments.map((d) => {
          const share = d.expected === 0 ? 1 : d.submitted / d.expected;
          const { isOverdue } = d;
          return (
            <li key={d.departmentId} className="text-sm" data-overdue={isOverdue ? "true" : undefined}>
              {/* The name wraps rather than being cut; the overdue badge never shrinks, so the red bar below is never all that says "overdue". */}
              <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                <span className="flex min-w-0 flex-wrap items-baseline gap-x-2">
                  <span className="break-words">{localizedName(locale, d.shortName, d.nameEn)}</span>
                  {isOverdue && (
                    <span className="shrink-0 whitespace-nowrap rounded bg-red-100 px-1 text-xs text-red-800" data-testid="overdue-badge">
                      <span aria-hidden="true">⚠ </span>
                      {t("overview.overdue")}
                    </span>
                  )}
                </span>
                <span className="ml-auto shrink-0 tabular-nums text-slate-600">
                  {t("overview.submittedOf", { submitted: formatNumber(locale, d.submitted), expected: formatNumber(locale, d.expected) })}
                </span>
              </div>
              <div className="mt-1 h-1.5 rounded-full bg-slate-200" role="img" aria-label={`${Math.round(share * 100)}%`}>
                <div className={`h-1.5 rounded-full ${isOverdue ? "bg-red-500" : "bg-emerald-600"}`} style={{ width: `${share * 100}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

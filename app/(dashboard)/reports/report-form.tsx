// The report's parameters as a plain GET form, so a chosen report is a URL that can be shared.
import type { ReportOptions } from "@/lib/data/reports/report-options";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatPeriodLabel } from "@/lib/i18n/display";
import { REPORT_SECTIONS, type ReportSection } from "@/lib/validations/reports";

export function ReportForm({ t, locale, options, region, period, sections }: { t: Translate; locale: Locale; options: ReportOptions; region: string; period: string; sections: readonly ReportSection[] }) {
  const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";
  return (
    <form method="get" action="/reports" className="grid grid-cols-1 gap-4 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm md:grid-cols-[1fr_1fr_2fr]" data-testid="report-form">
      <label>
        {t("reports.form.region")}
        <select name="region" defaultValue={region} className={field} data-testid="report-region">
          {options.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {"\u3000".repeat(r.depth)}
              {localizedName(locale, r.name, r.nameEn)}{locale === "en" ? ` (${t(`levels.${r.level}`)})` : `（${t(`levels.${r.level}`)}）`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("reports.form.period")}
        <select name="period" defaultValue={period} className={field} data-testid="report-period">
          <optgroup label={t("reports.form.years")}>
            {options.years.map((y) => (
              <option key={y} value={y}>{formatPeriodLabel(t, y)}</option>
            ))}
          </optgroup>
          <optgroup label={t("reports.form.quarters")}>
            {options.quarters.map((q) => (
              <option key={q} value={q}>
                {formatPeriodLabel(t, q)}
                {q === options.current ? t("reports.form.current") : ""}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <fieldset>
        <legend>{t("reports.form.sections")}</legend>
        <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {REPORT_SECTIONS.map((s) => (
            <label key={s} className="flex items-center gap-2">
              <input type="checkbox" name="sections" value={s} defaultChecked={sections.includes(s)} className="h-4 w-4" />
              {t(`reports.section.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="md:col-span-3">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 font-medium text-white hover:bg-brand-700" data-testid="report-build">
          {t("reports.form.build")}
        </button>
      </div>
    </form>
  );
}

import type { listTargetsPage } from "@/lib/data/dashboard/targets-list";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { GROUP_BY, TARGET_STATUSES, type TargetFilters } from "@/lib/validations/targets";

type Options = NonNullable<Awaited<ReturnType<typeof listTargetsPage>>>["options"];

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function TargetFilterForm({ t, locale, filters, options }: { t: Translate; locale: Locale; filters: TargetFilters; options: Options }) {
  const select = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1";
  return (
    <form method="get" className="no-print grid grid-cols-2 gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3 lg:grid-cols-8" data-testid="target-filters">
      {filters.provisional && <input type="hidden" name="provisional" value="1" />}
      <label className="col-span-2 sm:col-span-3 lg:col-span-1">
        {t("targets.search")}
        <input name="q" defaultValue={filters.q ?? ""} className={select} type="search" />
      </label>
      <label>
        {t("targets.plan")}
        <select name="plan" defaultValue={filters.plan ?? ""} className={select}>
          <option value="">{t("targets.all")}</option>
          {options.plans.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
      </label>
      <label>
        {t("targets.area")}
        <select name="area" defaultValue={filters.area ?? ""} className={select}>
          <option value="">{t("targets.all")}</option>
          {options.areas.map((a) => <option key={a.name} value={a.name}>{localizedName(locale, a.name, a.nameEn)}</option>)}
        </select>
      </label>
      <label>
        {t("targets.lead")}
        <select name="department" defaultValue={filters.department ?? ""} className={select}>
          <option value="">{t("targets.all")}</option>
          {options.departments.map((d) => <option key={d.id} value={d.id}>{localizedName(locale, d.shortName, d.nameEn)}</option>)}
        </select>
      </label>
      <label>
        {t("targets.indicator")}
        <select name="indicator" defaultValue={filters.indicator ?? ""} className={select}>
          <option value="">{t("targets.all")}</option>
          {options.indicators.map((i) => <option key={i.code} value={i.code}>{localizedName(locale, i.name, i.nameEn)}</option>)}
        </select>
      </label>
      <label>
        {t("targets.region")}
        <select name="region" defaultValue={filters.region ?? ""} className={select}>
          <option value="">{t("targets.all")}</option>
          {options.regions.map((r) => <option key={r.code} value={r.code}>{localizedName(locale, r.name, r.nameEn)}</option>)}
        </select>
      </label>
      <label>
        {t("targets.status")}
        <select name="status" defaultValue={filters.status ?? ""} className={select}>
          <option value="">{t("targets.all")}</option>
          {TARGET_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t("targets.groupBy")}
        <select name="group" defaultValue={filters.group} className={select}>
          {GROUP_BY.map((g) => <option key={g} value={g}>{t(`targets.group.${g}`)}</option>)}
        </select>
      </label>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-3 lg:col-span-8">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-900">{t("targets.apply")}</button>
        <a href="/targets" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">{t("targets.reset")}</a>
      </div>
    </form>
  );
}

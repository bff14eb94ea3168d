"use client";
// Period, (for the office) department and region pickers: changing one loads that grid.
import { QuerySelect, type QueryOption } from "@/components/layout/query-select";
import { useI18n } from "@/lib/i18n/client";

export function EntryFilters(props: { periods: QueryOption[]; period: string; departments: QueryOption[]; department: string; regions: QueryOption[]; region: string }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap items-end gap-3">
      {props.departments.length > 0 && (
        <QuerySelect name="department" label={t("entry.department")} value={props.department} options={props.departments} testId="department-picker" />
      )}
      {props.regions.length > 0 && <QuerySelect name="region" label={t("entry.region")} value={props.region} options={props.regions} testId="region-picker" />}
      <QuerySelect name="period" label={t("entry.period")} value={props.period} options={props.periods} testId="period-picker" />
    </div>
  );
}

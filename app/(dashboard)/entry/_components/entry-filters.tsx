"use client";
// Period and (for the office) department pickers: changing one loads that grid.
import { QuerySelect, type QueryOption } from "@/components/layout/query-select";
import { useI18n } from "@/lib/i18n/client";

export function EntryFilters(props: { periods: QueryOption[]; period: string; departments: QueryOption[]; department: string }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-wrap items-end gap-3">
      {props.departments.length > 0 && (
        <QuerySelect name="department" label={t("entry.department")} value={props.department} options={props.departments} testId="department-picker" />
      )}
      <QuerySelect name="period" label={t("entry.period")} value={props.period} options={props.periods} testId="period-picker" />
    </div>
  );
}

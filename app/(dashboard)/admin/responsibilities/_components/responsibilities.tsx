"use client";
import { useMemo } from "react";
import { EntityForm } from "@/components/admin/entity-form";
import { RecordActions } from "@/components/admin/record-actions";
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import type { FormAction } from "@/components/admin/use-action-form";
import { DataTable } from "@/components/data-table/data-table";
import { columnHelper } from "@/components/data-table/features";
import { SelectField } from "@/components/ui/form";
import type { DepartmentOption, IndicatorOption } from "@/lib/data/admin/form-options";
import type { ResponsibilityRow } from "@/lib/data/admin/responsibilities";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";

const helper = columnHelper<ResponsibilityRow>();

export function ResponsibilityForm({ action, departments, indicators, regions }: { action: FormAction<{ id: number }>; departments: DepartmentOption[]; indicators: IndicatorOption[]; regions: RegionChoice[] }) {
  const { t, locale } = useI18n();
  return (
    <EntityForm action={action} submitLabel={t("admin.responsibilities.add")} testId="responsibility-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <SelectField name="departmentId" label={t("admin.fields.department")} required placeholder={t("admin.choose")} options={departments.map((d) => ({ value: String(d.id), label: d.name }))} errors={errorsFor("departmentId")} />
          <SelectField name="indicatorId" label={t("admin.fields.indicator")} required placeholder={t("admin.choose")} options={indicators.map((i) => ({ value: String(i.id), label: t("admin.withDetail", { name: i.name, detail: i.unit }) }))} errors={errorsFor("indicatorId")} />
          <SelectField name="regionId" label={t("admin.fields.region")} required placeholder={t("admin.choose")} options={regionOptions(locale, regions)} errors={errorsFor("regionId")} />
        </div>
      )}
    </EntityForm>
  );
}

export function ResponsibilitiesTable({ rows, remove }: { rows: ResponsibilityRow[]; remove: (id: number) => Promise<Result<unknown>> }) {
  const { t } = useI18n();
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((r) => r.region.name, { id: "region", header: t("admin.fields.region") }),
        helper.accessor((r) => r.indicator.name, { id: "indicator", header: t("admin.fields.indicator") }),
        helper.accessor((r) => r.department.name, { id: "department", header: t("admin.fields.department") }),
        helper.display({
          id: "actions",
          header: t("admin.actions"),
          cell: (c) => (
            <RecordActions
              actions={[{ label: t("admin.delete"), run: () => remove(c.row.original.id), confirm: t("admin.responsibilities.confirmDelete"), tone: "danger", successMessage: t("admin.deleted") }]}
            />
          ),
        }),
      ]),
    [t, remove],
  );
  return <DataTable data={rows} columns={columns} label={t("admin.sections.responsibilities")} getRowId={(r) => String(r.id)} testId="responsibilities-table" />;
}

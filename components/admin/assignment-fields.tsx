"use client";
// Role, scope region and department: the fields users and API tokens share.
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import { SelectField } from "@/components/ui/form";
import type { DepartmentOption } from "@/lib/data/admin/form-options";
import { useI18n } from "@/lib/i18n/client";
import { ROLES } from "@/lib/validations/enums";

export interface AssignmentValues {
  role: string;
  scopeRegionId: number;
  departmentId: number | null;
}

export function AssignmentFields({
  values,
  regions,
  departments,
  errorsFor,
  disabled = false,
}: {
  values?: AssignmentValues;
  regions: RegionChoice[];
  departments: DepartmentOption[];
  errorsFor: (name: string) => string[] | undefined;
  disabled?: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <SelectField
        name="role"
        label={t("admin.users.role")}
        required
        disabled={disabled}
        defaultValue={values?.role ?? ""}
        placeholder={t("admin.choose")}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        errors={errorsFor("role")}
      />
      <SelectField
        name="scopeRegionId"
        label={t("admin.users.scope")}
        required
        disabled={disabled}
        defaultValue={values ? String(values.scopeRegionId) : ""}
        placeholder={t("admin.choose")}
        options={regionOptions(locale, regions)}
        errors={errorsFor("scopeRegionId")}
        hint={t("admin.users.scopeHint")}
      />
      <SelectField
        name="departmentId"
        label={t("admin.fields.department")}
        defaultValue={values?.departmentId ? String(values.departmentId) : ""}
        placeholder={t("admin.none")}
        options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
        errors={errorsFor("departmentId")}
        hint={t("admin.users.departmentHint")}
      />
    </>
  );
}

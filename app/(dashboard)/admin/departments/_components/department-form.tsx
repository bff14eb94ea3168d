"use client";
import { EntityForm } from "@/components/admin/entity-form";
import type { FormAction } from "@/components/admin/use-action-form";
import { TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";

export interface DepartmentValues {
  code: string;
  name: string;
  shortName: string;
  nameEn: string | null;
}

export function DepartmentForm({ action, values, isNew }: { action: FormAction<{ id: number }>; values?: DepartmentValues; isNew: boolean }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} redirectTo={isNew ? "/admin/departments" : undefined} cancelHref="/admin/departments" testId="department-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField name="code" label={t("admin.fields.code")} required defaultValue={values?.code} errors={errorsFor("code")} hint={t("admin.departments.codeHint")} autoComplete="off" />
          <TextField name="name" label={t("admin.fields.name")} required defaultValue={values?.name} errors={errorsFor("name")} />
          <TextField name="shortName" label={t("admin.fields.shortName")} required defaultValue={values?.shortName} errors={errorsFor("shortName")} />
          <TextField name="nameEn" label={t("admin.fields.nameEn")} defaultValue={values?.nameEn ?? ""} errors={errorsFor("nameEn")} />
        </div>
      )}
    </EntityForm>
  );
}

"use client";
import { EntityForm } from "@/components/admin/entity-form";
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import type { FormAction } from "@/components/admin/use-action-form";
import { SelectField, TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { REGION_LEVELS } from "@/lib/validations/enums";

export interface RegionValues {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  level: string;
  parentId: number | null;
  sortOrder: number;
}

export function RegionForm({ action, values, parents, isNew, defaultParentId }: { action: FormAction<{ id: number }>; values?: RegionValues; parents: RegionChoice[]; isNew: boolean; defaultParentId?: number }) {
  const { t, locale } = useI18n();
  return (
    <EntityForm action={action} redirectTo={isNew ? "/admin/regions" : undefined} cancelHref="/admin/regions" testId="region-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField name="code" label={t("admin.regions.code")} required defaultValue={values?.code} errors={errorsFor("code")} hint={t("admin.regions.codeHint")} inputMode="numeric" autoComplete="off" />
          <TextField name="name" label={t("admin.fields.name")} required defaultValue={values?.name} errors={errorsFor("name")} />
          <TextField name="nameEn" label={t("admin.fields.nameEn")} defaultValue={values?.nameEn ?? ""} errors={errorsFor("nameEn")} />
          <SelectField
            name="level"
            label={t("admin.regions.level")}
            required
            defaultValue={values?.level ?? ""}
            placeholder={t("admin.choose")}
            options={REGION_LEVELS.filter((l) => l !== "NATION" || values?.level === "NATION").map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            errors={errorsFor("level")}
          />
          <SelectField
            name="parentId"
            label={t("admin.regions.parent")}
            required={values?.parentId !== null}
            defaultValue={String(values?.parentId ?? defaultParentId ?? "")}
            placeholder={t("admin.choose")}
            options={regionOptions(locale, parents, values?.id)}
            errors={errorsFor("parentId")}
          />
          <TextField name="sortOrder" label={t("admin.fields.sortOrder")} type="number" min={0} defaultValue={values?.sortOrder ?? 0} errors={errorsFor("sortOrder")} />
        </div>
      )}
    </EntityForm>
  );
}

"use client";
import { EntityForm } from "@/components/admin/entity-form";
import type { FormAction } from "@/components/admin/use-action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { DIRECTIONS, INDICATOR_KINDS } from "@/lib/validations/enums";

export interface IndicatorValues {
  code: string;
  name: string;
  nameEn: string | null;
  unit: string;
  kind: string;
  direction: string;
  decimals: number;
  definition: string;
}

export function IndicatorForm({ action, values, isNew }: { action: FormAction<{ id: number }>; values?: IndicatorValues; isNew: boolean }) {
  const { t } = useI18n();
  return (
    <EntityForm action={action} redirectTo={isNew ? "/admin/indicators" : undefined} cancelHref="/admin/indicators" testId="indicator-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField name="code" label={t("admin.fields.code")} required defaultValue={values?.code} errors={errorsFor("code")} hint={t("admin.indicators.codeHint")} autoComplete="off" />
          <TextField name="name" label={t("admin.fields.name")} required defaultValue={values?.name} errors={errorsFor("name")} />
          <TextField name="nameEn" label={t("admin.fields.nameEn")} defaultValue={values?.nameEn ?? ""} errors={errorsFor("nameEn")} />
          <TextField name="unit" label={t("admin.indicators.unit")} required defaultValue={values?.unit} errors={errorsFor("unit")} hint={t("admin.indicators.unitHint")} />
          <SelectField
            name="kind"
            label={t("admin.indicators.kind")}
            required
            defaultValue={values?.kind ?? ""}
            placeholder={t("admin.choose")}
            options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`admin.kinds.${k}`) }))}
            errors={errorsFor("kind")}
            hint={t("admin.indicators.kindHint")}
          />
          <SelectField
            name="direction"
            label={t("admin.indicators.direction")}
            required
            defaultValue={values?.direction ?? "HIGHER_IS_BETTER"}
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`admin.directions.${d}`) }))}
            errors={errorsFor("direction")}
          />
          <TextField name="decimals" label={t("admin.indicators.decimals")} type="number" min={0} max={4} defaultValue={values?.decimals ?? 0} errors={errorsFor("decimals")} />
          <TextAreaField name="definition" label={t("admin.indicators.definition")} rows={3} defaultValue={values?.definition ?? ""} errors={errorsFor("definition")} className="sm:col-span-2" />
        </div>
      )}
    </EntityForm>
  );
}

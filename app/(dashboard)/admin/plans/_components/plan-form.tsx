"use client";
import { dateValue } from "@/components/admin/date-value";
import { EntityForm } from "@/components/admin/entity-form";
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import type { FormAction } from "@/components/admin/use-action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { StagesEditor } from "./stages-editor";

export interface PlanValues {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuingRegionId: number;
  issueDate: Date | null;
  periodStart: Date;
  deadline: Date;
  sourceText: string;
  stages: { name: string; startDate: Date; endDate: Date }[];
}

export function PlanForm({ action, values, regions, isNew }: { action: FormAction<{ id: number }>; values?: PlanValues; regions: RegionChoice[]; isNew: boolean }) {
  const { t, locale } = useI18n();
  return (
    <EntityForm action={action} redirectTo={isNew ? (data) => `/admin/plans/${data.id}` : undefined} cancelHref="/admin/plans" testId="plan-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <TextField name="title" label={t("admin.plans.title")} required defaultValue={values?.title} errors={errorsFor("title")} className="sm:col-span-2" />
          <TextField name="docNumber" label={t("admin.plans.docNumber")} defaultValue={values?.docNumber ?? ""} errors={errorsFor("docNumber")} hint={t("admin.plans.docNumberHint")} />
          <TextField name="issuer" label={t("admin.plans.issuer")} defaultValue={values?.issuer ?? ""} errors={errorsFor("issuer")} />
          <SelectField
            name="issuingRegionId"
            label={t("admin.plans.issuingRegion")}
            required
            defaultValue={values ? String(values.issuingRegionId) : ""}
            placeholder={t("admin.choose")}
            options={regionOptions(locale, regions)}
            errors={errorsFor("issuingRegionId")}
          />
          <TextField name="issueDate" type="date" label={t("admin.plans.issueDate")} defaultValue={dateValue(values?.issueDate)} errors={errorsFor("issueDate")} />
          <TextField name="periodStart" type="date" label={t("admin.plans.periodStart")} required defaultValue={dateValue(values?.periodStart)} errors={errorsFor("periodStart")} hint={t("admin.plans.periodStartHint")} />
          <TextField name="deadline" type="date" label={t("admin.plans.deadline")} required defaultValue={dateValue(values?.deadline)} errors={errorsFor("deadline")} />
          <StagesEditor initial={values?.stages ?? []} errorsFor={errorsFor} />
          <TextAreaField name="sourceText" label={t("admin.plans.sourceText")} rows={8} defaultValue={values?.sourceText ?? ""} errors={errorsFor("sourceText")} hint={t("admin.plans.sourceTextHint")} className="sm:col-span-2" />
        </div>
      )}
    </EntityForm>
  );
}

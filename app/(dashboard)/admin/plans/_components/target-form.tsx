"use client";
import { EntityForm } from "@/components/admin/entity-form";
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import type { FormAction } from "@/components/admin/use-action-form";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/ui/form";
import type { DepartmentOption, IndicatorOption } from "@/lib/data/admin/form-options";
import { useI18n } from "@/lib/i18n/client";
import { localizedName } from "@/lib/i18n/format";
import { COMPARATORS, MEASURES } from "@/lib/validations/enums";
import { COMPARATOR_SYMBOL } from "@/lib/i18n/display";

export interface TargetValues {
  version: number;
  areaId: number | null;
  indicatorId: number;
  regionId: number;
  comparator: string;
  targetValue: number;
  baselineValue: number | null;
  baselinePeriod: string | null;
  deadlineYear: number;
  deadlineQuarter: number | null;
  measure: string;
  isMaintain: boolean;
  leadDepartmentId: number | null;
  supportDepartmentIds: number[];
  weight: number;
  sourceSentence: string;
}

interface Choices {
  areas: { id: number; name: string }[];
  indicators: IndicatorOption[];
  regions: RegionChoice[];
  departments: DepartmentOption[];
}

export function TargetForm({ action, planId, values, choices, defaultYear }: { action: FormAction<{ id: number }>; planId: number; values?: TargetValues; choices: Choices; defaultYear: number }) {
  const { t, locale } = useI18n();
  const str = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return (
    <EntityForm action={action} redirectTo={values ? undefined : `/admin/plans/${planId}`} cancelHref={`/admin/plans/${planId}`} testId="target-form">
      {(errorsFor) => (
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {values && <input type="hidden" name="version" value={values.version} />}
          <SelectField
            name="indicatorId"
            label={t("admin.fields.indicator")}
            required
            defaultValue={str(values?.indicatorId)}
            placeholder={t("admin.choose")}
            options={choices.indicators.map((i) => ({ value: String(i.id), label: t("admin.withDetail", { name: localizedName(locale, i.name, i.nameEn), detail: i.unit }) }))}
            errors={errorsFor("indicatorId")}
            className="sm:col-span-2"
          />
          <SelectField name="regionId" label={t("admin.fields.region")} required defaultValue={str(values?.regionId)} placeholder={t("admin.choose")} options={regionOptions(locale, choices.regions)} errors={errorsFor("regionId")} />
          <SelectField name="comparator" label={t("admin.targets.comparator")} required defaultValue={values?.comparator ?? "GTE"} options={COMPARATORS.map((c) => ({ value: c, label: `${COMPARATOR_SYMBOL[c]}  ${t(`admin.comparators.${c}`)}` }))} errors={errorsFor("comparator")} />
          <TextField name="targetValue" label={t("admin.targets.targetValue")} required inputMode="decimal" defaultValue={str(values?.targetValue)} errors={errorsFor("targetValue")} />
          <SelectField name="measure" label={t("admin.targets.measure")} required defaultValue={values?.measure ?? "LEVEL"} options={MEASURES.map((m) => ({ value: m, label: t(`admin.measures.${m}`) }))} errors={errorsFor("measure")} />
          <TextField name="deadlineYear" label={t("admin.targets.deadlineYear")} required inputMode="numeric" defaultValue={str(values?.deadlineYear ?? defaultYear)} errors={errorsFor("deadlineYear")} />
          <SelectField
            name="deadlineQuarter"
            label={t("admin.targets.deadlineQuarter")}
            defaultValue={str(values?.deadlineQuarter)}
            placeholder={t("admin.targets.endOfYear")}
            options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: t("admin.targets.quarter", { q }) }))}
            errors={errorsFor("deadlineQuarter")}
          />
          <SelectField name="areaId" label={t("admin.fields.area")} defaultValue={str(values?.areaId)} placeholder={t("admin.none")} options={choices.areas.map((a) => ({ value: String(a.id), label: a.name }))} errors={errorsFor("areaId")} />
          <TextField name="baselineValue" label={t("admin.targets.baselineValue")} inputMode="decimal" defaultValue={str(values?.baselineValue)} errors={errorsFor("baselineValue")} />
          <TextField name="baselinePeriod" label={t("admin.targets.baselinePeriod")} defaultValue={values?.baselinePeriod ?? ""} errors={errorsFor("baselinePeriod")} hint={t("admin.targets.baselinePeriodHint")} />
          <TextField name="weight" label={t("admin.targets.weight")} inputMode="decimal" defaultValue={str(values?.weight ?? 1)} errors={errorsFor("weight")} />
          <div className="flex items-end sm:col-span-2 lg:col-span-3">
            <CheckboxField name="isMaintain" label={t("admin.targets.isMaintain")} hint={t("admin.targets.isMaintainHint")} defaultChecked={values?.isMaintain} />
          </div>
          <SelectField
            name="leadDepartmentId"
            label={t("admin.targets.lead")}
            defaultValue={str(values?.leadDepartmentId)}
            placeholder={t("admin.none")}
            options={choices.departments.map((d) => ({ value: String(d.id), label: d.name }))}
            errors={errorsFor("leadDepartmentId")}
          />
          <div className="sm:col-span-2">
            <CheckboxGroup
              name="supportDepartmentIds"
              label={t("admin.targets.support")}
              options={choices.departments.map((d) => ({ value: String(d.id), label: d.name }))}
              defaultValue={(values?.supportDepartmentIds ?? []).map(String)}
              errors={errorsFor("supportDepartmentIds")}
            />
          </div>
          <TextAreaField
            name="sourceSentence"
            label={t("admin.targets.sourceSentence")}
            rows={3}
            defaultValue={values?.sourceSentence ?? ""}
            errors={errorsFor("sourceSentence")}
            hint={t("admin.targets.sourceSentenceHint")}
            className="sm:col-span-2 lg:col-span-3"
          />
        </div>
      )}
    </EntityForm>
  );
}

"use client";
// The plan the accepted targets go to: a new one (metadata read from the document) or an existing one.
import { regionOptions, type RegionChoice } from "@/components/admin/region-options";
import { SelectField, TextField } from "@/components/ui/form";
import type { PlanOption } from "@/lib/data/admin/form-options";
import type { FieldMessages, PlanState } from "./review-state";
import { useI18n } from "@/lib/i18n/client";

export function PlanCard({ plan, onChange, plans, regions, errors }: { plan: PlanState; onChange: (patch: Partial<PlanState>) => void; plans: PlanOption[]; regions: RegionChoice[]; errors: FieldMessages }) {
  const { t, locale } = useI18n();
  const text = (name: keyof PlanState, label: string, extra: { required?: boolean; type?: string; hint?: string; className?: string } = {}) => (
    <TextField name={`plan-${name}`} label={label} value={plan[name]} onChange={(e) => onChange({ [name]: e.target.value })} errors={errors[name]} {...extra} />
  );
  return (
    <div className="space-y-3" data-testid="plan-card">
      <div className="flex flex-wrap gap-4 text-sm" role="radiogroup" aria-label={t("admin.import.planMode")}>
        {(["new", "existing"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name="plan-mode" value={mode} checked={plan.mode === mode} onChange={() => onChange({ mode })} disabled={mode === "existing" && plans.length === 0} />
            {t(`admin.import.planModes.${mode}`)}
          </label>
        ))}
      </div>
      {plan.mode === "existing" ? (
        <SelectField
          name="plan-planId"
          label={t("admin.import.existingPlan")}
          required
          value={plan.planId}
          onChange={(e) => onChange({ planId: e.target.value })}
          placeholder={t("admin.choose")}
          options={plans.map((p) => ({ value: String(p.id), label: p.docNumber ? t("admin.withDetail", { name: p.title, detail: p.docNumber }) : p.title }))}
          errors={errors.planId}
          hint={t("admin.import.existingPlanHint")}
        />
      ) : (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {text("title", t("admin.plans.title"), { required: true, className: "sm:col-span-2 lg:col-span-3" })}
          {text("docNumber", t("admin.plans.docNumber"))}
          {text("issuer", t("admin.plans.issuer"))}
          <SelectField
            name="plan-issuingRegionId"
            label={t("admin.plans.issuingRegion")}
            required
            value={plan.issuingRegionId}
            onChange={(e) => onChange({ issuingRegionId: e.target.value })}
            placeholder={t("admin.choose")}
            options={regionOptions(locale, regions)}
            errors={errors.issuingRegionId}
          />
          {text("issueDate", t("admin.plans.issueDate"), { type: "date" })}
          {text("periodStart", t("admin.plans.periodStart"), { type: "date", required: true })}
          {text("deadline", t("admin.plans.deadline"), { type: "date", required: true })}
        </div>
      )}
    </div>
  );
}

"use client";
// Uploads one evidence file for a chosen item; the server checks the type by content and the size.
import { useActionForm, type FormAction } from "@/components/admin/use-action-form";
import type { EvidenceMeta } from "@/lib/data/evidence";
import { useI18n } from "@/lib/i18n/client";
import { BUTTON, CONTROL, FieldIssues, Outcome, RefFields } from "./form-bits";

export function EvidenceForm({ year, region, items, action }: { year: number; region: string; items: readonly { code: string; name: string }[]; action: FormAction<EvidenceMeta> }) {
  const { t } = useI18n();
  const { state, isPending, onSubmit, fieldErrors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid="evidence-form" encType="multipart/form-data" noValidate>
      <RefFields year={year} region={region} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="min-w-0 text-sm">
          <label htmlFor="evidence-item" className="font-medium text-slate-700">{t("assessment.evidence.item")}</label>
          <select id="evidence-item" name="itemCode" className={CONTROL}>
            {items.map((item) => (
              <option key={item.code} value={item.code}>{item.name}</option>
            ))}
          </select>
          <FieldIssues id="itemCode-error" issues={fieldErrors.itemCode} />
        </div>
        <div className="min-w-0 text-sm">
          <label htmlFor="evidence-file" className="font-medium text-slate-700">{t("assessment.evidence.file")}</label>
          <input
            id="evidence-file"
            name="file"
            type="file"
            accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx"
            aria-invalid={Boolean(fieldErrors.file?.length)}
            aria-describedby={`evidence-file-hint${fieldErrors.file?.length ? " evidence-file-error" : ""}`}
            className={`${CONTROL} file:mr-2 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
          />
          <p id="evidence-file-hint" className="mt-1 text-xs text-slate-500">{t("assessment.evidence.fileHint")}</p>
          <FieldIssues id="evidence-file-error" issues={fieldErrors.file} />
        </div>
      </div>
      <button type="submit" className={BUTTON} disabled={isPending} data-testid="evidence-upload">{t("assessment.evidence.upload")}</button>
      <Outcome state={state} success={state?.ok ? t("assessment.evidence.uploaded", { file: state.data.fileName }) : ""} testId="evidence-outcome" />
    </form>
  );
}

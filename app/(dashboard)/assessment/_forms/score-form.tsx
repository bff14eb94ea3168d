"use client";
// The item-by-item score form: the region's self-assessment (计算得分 as the starting point) or the
// office's verification (the self-assessed score as the starting point). Each item's score and
// reason carry their own messages; nothing typed is lost when the server refuses.
import { useRef, useState } from "react";
import { useActionForm, type FormAction } from "@/components/admin/use-action-form";
import { useI18n } from "@/lib/i18n/client";
import { BUTTON, CONTROL, FieldIssues, Outcome, RefFields, SECONDARY } from "./form-bits";

export interface ScoreFormItem {
  code: string;
  name: string;
  max: number;
  /** The starting value shown, and what it came from. */
  start: number | null;
  reference: string;
  reason: string | null;
}

interface Props {
  mode: "self" | "verify";
  year: number;
  region: string;
  regionName: string;
  items: readonly ScoreFormItem[];
  explanation?: string;
  action: FormAction<{ status: string }>;
}

export function ScoreForm({ mode, year, region, regionName, items, explanation, action }: Props) {
  const { t } = useI18n();
  const { state, isPending, onSubmit, fieldErrors } = useActionForm(action);
  const [intent, setIntent] = useState("save");
  // Read by FormData at the submit event, before React re-renders: set on the element itself.
  const intentRef = useRef<HTMLInputElement>(null);
  const choose = (value: string) => {
    if (intentRef.current) intentRef.current.value = value;
    setIntent(value);
  };
  const success = mode === "verify" ? t("assessment.process.verifiedDone") : intent === "submit" ? t("assessment.process.submitted") : t("assessment.process.saved");
  return (
    <form onSubmit={onSubmit} className="space-y-3" data-testid={`${mode}-form`} noValidate>
      <RefFields year={year} region={region} />
      <input ref={intentRef} type="hidden" name="intent" defaultValue={mode === "verify" ? "verify" : "save"} />
      <p className="text-sm text-slate-600">{t(mode === "verify" ? "assessment.process.verifyIntro" : "assessment.process.selfIntro")}</p>
      <ul className="divide-y divide-slate-100">
        {items.map((item) => {
          const pointsKey = `points.${item.code}`;
          const reasonKey = `reason.${item.code}`;
          return (
            <li key={item.code} className="grid gap-2 py-2 sm:grid-cols-[minmax(0,2fr)_8rem_minmax(0,3fr)]" data-testid={`${mode}-item-${item.code}`}>
              <div className="min-w-0 text-sm">
                <p className="font-medium break-words">{item.name}</p>
                <p className="text-xs text-slate-500">{item.reference}</p>
              </div>
              <div>
                <label htmlFor={`${mode}-${pointsKey}`} className="sr-only">{t("assessment.process.pointsFor", { item: item.name, max: item.max })}</label>
                <input
                  id={`${mode}-${pointsKey}`}
                  name={pointsKey}
                  inputMode="decimal"
                  defaultValue={item.start === null ? "" : String(item.start)}
                  aria-invalid={Boolean(fieldErrors[pointsKey]?.length)}
                  aria-describedby={fieldErrors[pointsKey]?.length ? `${mode}-${pointsKey}-error` : undefined}
                  className={`${CONTROL} mt-0 tabular-nums`}
                />
                <FieldIssues id={`${mode}-${pointsKey}-error`} issues={fieldErrors[pointsKey]} />
              </div>
              <div className="min-w-0">
                <label htmlFor={`${mode}-${reasonKey}`} className="sr-only">{t("assessment.process.reasonFor", { item: item.name })}</label>
                <input
                  id={`${mode}-${reasonKey}`}
                  name={reasonKey}
                  defaultValue={item.reason ?? ""}
                  placeholder={t("assessment.process.reason")}
                  aria-invalid={Boolean(fieldErrors[reasonKey]?.length)}
                  aria-describedby={fieldErrors[reasonKey]?.length ? `${mode}-${reasonKey}-error` : undefined}
                  className={`${CONTROL} mt-0`}
                />
                <FieldIssues id={`${mode}-${reasonKey}-error`} issues={fieldErrors[reasonKey]} />
              </div>
            </li>
          );
        })}
      </ul>
      {mode === "self" && (
        <div className="text-sm">
          <label htmlFor="self-explanation" className="font-medium text-slate-700">{t("assessment.process.explanation")}</label>
          <textarea id="self-explanation" name="explanation" rows={3} defaultValue={explanation ?? ""} className={CONTROL} aria-invalid={Boolean(fieldErrors.explanation?.length)} />
          <FieldIssues id="explanation-error" issues={fieldErrors.explanation} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {mode === "self" ? (
          <>
            <button type="submit" className={SECONDARY} disabled={isPending} onClick={() => choose("save")}>{t("assessment.process.save")}</button>
            <button type="submit" className={BUTTON} disabled={isPending} onClick={() => choose("submit")} data-testid="self-submit">{t("assessment.process.submit")}</button>
          </>
        ) : (
          <button type="submit" className={BUTTON} disabled={isPending} data-testid="verify-submit">{t("assessment.process.verify")} · {regionName}</button>
        )}
      </div>
      <Outcome state={state} success={success} testId={`${mode}-outcome`} />
    </form>
  );
}

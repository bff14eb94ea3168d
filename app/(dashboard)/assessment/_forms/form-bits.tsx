"use client";
// Small pieces shared by the assessment forms: a field's messages with their values, the form's
// outcome line, and the hidden year/region fields every action needs.
import type { FieldIssue, Result } from "@/lib/result";
import { useI18n } from "@/lib/i18n/client";
import { FormMessage } from "@/components/ui/form";

export function FieldIssues({ id, issues }: { id: string; issues: readonly FieldIssue[] | undefined }) {
  const { t } = useI18n();
  if (!issues?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-600" data-testid={`error-${id}`}>
      {issues.map((issue) => t(issue.code, issue.params)).join(" ")}
    </p>
  );
}

/** The form's outcome: the success text, or the failure's reason when no field carries it. */
export function Outcome<T>({ state, success, testId }: { state: Result<T> | null; success: string; testId: string }) {
  const { t } = useI18n();
  if (!state) return null;
  if (state.ok) return <FormMessage tone="success" testId={testId}>{success}</FormMessage>;
  const reason = state.reason && state.reason !== "invalid" ? t(state.reason, state.params) : t("assessment.errors.generic");
  return <FormMessage tone="error" testId={testId}>{reason}</FormMessage>;
}

export function RefFields({ year, region }: { year: number; region: string }) {
  return (
    <>
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="region" value={region} />
    </>
  );
}

export const CONTROL =
  "mt-1 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500 sm:text-sm";

export const BUTTON = "rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60";
export const SECONDARY = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";

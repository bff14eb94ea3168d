"use client";
// What the sign-in form and the second-factor form share: the refusal message (with the lockout's
// minutes) and the submit button, which says it is working while the action runs.
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";

export function SignInErrorMessage({ error, testId }: { error: { key: string; minutes?: number } | null; testId: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p role="status" data-testid={testId} className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
      {error.minutes === undefined ? t(error.key) : t(error.key, { minutes: error.minutes })}
    </p>
  );
}

export function SignInSubmit({ isSubmitting, children }: { isSubmitting: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={isSubmitting} className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
      {children}
    </button>
  );
}

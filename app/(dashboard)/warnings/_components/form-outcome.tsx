"use client";
// What a warnings form says after the server answered: done, or why not.
import { FormMessage } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";

export function FormOutcome({ state, successKey }: { state: Result<{ id: number }> | null; successKey: string }) {
  const { t } = useI18n();
  if (!state) return null;
  if (state.ok) return <FormMessage tone="success">{t(successKey)}</FormMessage>;
  const reason = state.reason?.startsWith("warnings.") ? state.reason : "warnings.errors.invalid";
  return (
    <FormMessage tone="error" testId="form-error">
      {t(reason)}
    </FormMessage>
  );
}

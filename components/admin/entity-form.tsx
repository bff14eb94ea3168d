"use client";
// The frame of every admin form: submits to a server action, shows the failure in words above
// the buttons, and after success goes back to the list (new records) or says "saved" (edits).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import type { Result } from "@/lib/result";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { describeFailure } from "./failure-message";
import { useActionForm, type FormAction } from "./use-action-form";

export interface EntityFormProps<T> {
  action: FormAction<T>;
  /** Where to go after a successful save; stays on the page (with a message) when absent. */
  redirectTo?: string | ((data: T) => string);
  cancelHref?: string;
  submitLabel?: string;
  children: (errorsFor: (name: string) => string[] | undefined) => ReactNode;
  testId?: string;
  /** Clear the fields after success (password forms). */
  resetOnSuccess?: boolean;
}

export function EntityForm<T>({ action, redirectTo, cancelHref, submitLabel, children, testId, resetOnSuccess = false }: EntityFormProps<T>) {
  const { t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { state, isPending, onSubmit, errorsFor } = useActionForm<T>(async (previous: Result<T> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      if (resetOnSuccess) formRef.current?.reset();
      if (redirectTo) router.push(typeof redirectTo === "string" ? redirectTo : redirectTo(result.data));
      else router.refresh();
    }
    return result;
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-testid={testId}>
      {children(errorsFor)}
      {state && !state.ok && <FormMessage tone="error">{describeFailure(t, state)}</FormMessage>}
      {state?.ok && !redirectTo && <FormMessage tone="success">{t("admin.saved")}</FormMessage>}
      <div className="flex flex-wrap gap-2">
        <SubmitButton isPending={isPending} label={submitLabel ?? t("admin.save")} pendingLabel={t("admin.saving")} />
        {cancelHref && (
          <Link href={cancelHref} className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100">
            {t("admin.backToList")}
          </Link>
        )}
      </div>
    </form>
  );
}

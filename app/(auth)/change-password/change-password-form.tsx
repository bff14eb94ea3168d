"use client";
// The own-password form: a POST to a server action, so it works before the script has loaded; the
// server answers with field messages or sends the user on to the home page.
import { useActionState } from "react";
import { TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { changeOwnPasswordAction } from "./actions";

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [failure, formAction, isPending] = useActionState(changeOwnPasswordAction, null);
  const errorsFor = (name: string) => failure?.fieldErrors?.[name]?.map((issue) => issue.code);
  return (
    <form action={formAction} method="post" noValidate className="mt-6 space-y-4" data-testid="change-password-form">
      <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("account.currentPassword")} required errors={errorsFor("currentPassword")} />
      <TextField name="password" type="password" autoComplete="new-password" label={t("account.newPassword")} required errors={errorsFor("password")} hint={t("admin.users.passwordHint")} />
      <TextField name="passwordConfirm" type="password" autoComplete="new-password" label={t("admin.users.passwordConfirm")} required errors={errorsFor("passwordConfirm")} />
      <button type="submit" disabled={isPending} className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {isPending ? t("admin.saving") : t("account.submit")}
      </button>
    </form>
  );
}

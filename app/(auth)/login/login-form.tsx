"use client";
// The sign-in form: a POST to a server action (progressive enhancement): without script the browser
// posts it and the server answers with the next page or the form and its messages; with script
// React submits the same action. Credentials never travel in the address.
import { useActionState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { signInAction } from "./actions";
import { SignInErrorMessage, SignInSubmit } from "./sign-in-feedback";
import { INITIAL_SIGN_IN_STATE } from "./sign-in-state";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const [state, formAction, isSubmitting] = useActionState(signInAction, INITIAL_SIGN_IN_STATE);
  const issue = (name: "username" | "password") => {
    const code = state.fieldErrors[name]?.[0]?.code;
    return code ? t(code) : undefined;
  };
  return (
    <form className="mt-6 space-y-4" action={formAction} method="post" noValidate data-testid="login-form">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="username" type="text" autoComplete="username" label={t("auth.username")} defaultValue={state.username} error={issue("username")} />
      <Field name="password" type="password" autoComplete="current-password" label={t("auth.password")} error={issue("password")} />
      <SignInErrorMessage error={state.error} testId="login-error" />
      <SignInSubmit isSubmitting={isSubmitting}>{isSubmitting ? t("auth.submitting") : t("auth.submit")}</SignInSubmit>
    </form>
  );
}

function Field(props: { name: string; type: string; autoComplete: string; label: string; defaultValue?: string; error?: string | undefined }) {
  const errorId = `${props.name}-error`;
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-700">{props.label}</span>
      <input
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? errorId : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500"
      />
      {props.error && (
        <span id={errorId} className="mt-1 block text-sm text-red-600">
          {props.error}
        </span>
      )}
    </label>
  );
}

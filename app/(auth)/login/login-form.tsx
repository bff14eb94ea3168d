"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { lockedMinutes } from "@/lib/auth/sign-in-errors";
import { useI18n } from "@/lib/i18n/client";
import { signInSchema } from "@/lib/validations/auth";

type FieldErrors = Partial<Record<"username" | "password", string>>;

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ username: data.get("username"), password: data.get("password") });
    setFormError(null);
    if (!parsed.success) {
      const errors = parsed.error.flatten().fieldErrors;
      setFieldErrors({ username: errors.username?.[0], password: errors.password?.[0] });
      return;
    }
    setFieldErrors({});
    setSubmitting(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result?.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      const minutes = lockedMinutes(result?.error);
      if (minutes !== null) setFormError(t("auth.errors.locked", { minutes }));
      else setFormError(t(result?.error === "CredentialsSignin" ? "auth.errors.invalid" : "auth.errors.unknown"));
    } catch {
      setFormError(t("auth.errors.unknown"));
    }
    setSubmitting(false);
  }

  return (
    <form className="mt-6 space-y-4" onSubmit={onSubmit} noValidate>
      <Field name="username" type="text" autoComplete="username" label={t("auth.username")} error={fieldErrors.username && t(fieldErrors.username)} />
      <Field name="password" type="password" autoComplete="current-password" label={t("auth.password")} error={fieldErrors.password && t(fieldErrors.password)} />
      {formError && (
        <p role="status" data-testid="login-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      )}
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {isSubmitting ? t("auth.submitting") : t("auth.submit")}
      </button>
    </form>
  );
}

function Field(props: { name: string; type: string; autoComplete: string; label: string; error?: string | false }) {
  const errorId = `${props.name}-error`;
  return (
    <label className="block text-sm">
      <span className="font-medium text-slate-700">{props.label}</span>
      <input
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
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

"use client";
// The second step's form: a POST to a server action, so it works before the script has loaded, like
// the sign-in form. Enrolment shows the QR code and the secret as text; the code field is numeric with
// one-time-code autofill; a recovery code has its own field behind a disclosure. After an enrolment the
// recovery codes are shown this once.
import Link from "next/link";
import { useActionState } from "react";
import { TextField } from "@/components/ui/form";
import { useI18n } from "@/lib/i18n/client";
import { SignInErrorMessage, SignInSubmit } from "../sign-in-feedback";
import { secondFactorAction } from "./actions";
import { INITIAL_SECOND_FACTOR_STATE } from "./second-factor-state";

export interface SecondFactorStep {
  username: string;
  /** Present while the user has no second factor yet. */
  enrol: { secret: string; qrDataUrl: string } | null;
}

export function SecondFactorForm({ callbackUrl, step }: { callbackUrl: string; step: SecondFactorStep | null }) {
  const { t } = useI18n();
  const [state, formAction, isSubmitting] = useActionState(secondFactorAction, INITIAL_SECOND_FACTOR_STATE);

  if (state.enrolled) {
    return (
      <section className="mt-4 space-y-3" aria-labelledby="recovery-title" data-testid="recovery-codes-section">
        <h2 id="recovery-title" className="text-lg font-semibold">
          {t("auth.secondFactor.recoveryTitle")}
        </h2>
        <p className="text-sm text-slate-700">{t("auth.secondFactor.recoveryIntro")}</p>
        <ol className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-3 font-mono text-base" data-testid="recovery-codes">
          {state.enrolled.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href={state.enrolled.next} className="block w-full rounded-md bg-brand-700 px-4 py-2 text-center font-medium text-white hover:bg-brand-900">
          {t("auth.secondFactor.continue")}
        </Link>
      </section>
    );
  }

  if (!step || state.error?.key === "auth.secondFactor.errors.expired") {
    return (
      <div className="mt-4 space-y-3">
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="second-factor-expired">
          {t("auth.secondFactor.errors.expired")}
        </p>
        <Link href={`/login?${new URLSearchParams({ callbackUrl })}`} className="text-sm text-brand-700 underline">
          {t("auth.secondFactor.backToLogin")}
        </Link>
      </div>
    );
  }

  const error = state.error;
  const codeErrors = state.fieldErrors.code?.map((issue) => issue.code);
  return (
    <form className="mt-4 space-y-4" action={formAction} method="post" noValidate data-testid="second-factor-form">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {step.enrol ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("auth.secondFactor.enrolIntro", { username: step.username })}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
          <img src={step.enrol.qrDataUrl} alt={t("auth.secondFactor.qrAlt")} width={200} height={200} className="mx-auto" data-testid="totp-qr" />
          <div className="text-sm">
            <p className="font-medium text-slate-700" id="totp-secret-label">
              {t("auth.secondFactor.secret")}
            </p>
            <p className="mt-1 break-all rounded-md bg-slate-50 px-3 py-2 font-mono text-base tracking-wider" aria-labelledby="totp-secret-label" data-testid="totp-secret">
              {step.enrol.secret.match(/.{1,4}/g)?.join(" ")}
            </p>
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t("auth.secondFactor.verifyIntro", { username: step.username })}</p>
      )}
      <TextField
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={32}
        label={t("auth.secondFactor.code")}
        errors={codeErrors}
        className="font-mono"
      />
      {!step.enrol && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline">{t("auth.secondFactor.useRecovery")}</summary>
          <div className="mt-2">
            <TextField name="recoveryCode" type="text" autoComplete="off" spellCheck={false} maxLength={32} label={t("auth.secondFactor.recoveryCode")} hint={t("auth.secondFactor.recoveryHint")} />
          </div>
        </details>
      )}
      <SignInErrorMessage error={error} testId="second-factor-error" />
      <SignInSubmit isSubmitting={isSubmitting}>
        {isSubmitting ? t("auth.secondFactor.submitting") : step.enrol ? t("auth.secondFactor.enrolSubmit") : t("auth.secondFactor.submit")}
      </SignInSubmit>
    </form>
  );
}

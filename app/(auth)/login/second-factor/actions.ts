"use server";
// The second step of a sign-in (a plain POST, like the sign-in form): parse → the pending step named
// by its cookie → the code checked, throttled and audited by the data layer → the session cookie →
// the return path; after an enrolment the recovery codes are handed back to be shown once.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { clearSecondFactorCookie, readSecondFactorCookie } from "@/lib/auth/second-factor-cookie";
import { writeSessionCookie } from "@/lib/auth/sign-in";
import { minutesToWait } from "@/lib/auth/sign-in-errors";
import { answerSecondFactor } from "@/lib/data/second-factor-sign-in";
import { safeReturnPath } from "@/lib/security/return-path";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { secondFactorSchema } from "@/lib/validations/auth";
import type { SecondFactorState } from "./second-factor-state";

export async function secondFactorAction(_previous: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const input = formToObject(formData);
  const parsed = parseWith(secondFactorSchema, input);
  if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, error: null, enrolled: null };
  const challengeId = await readSecondFactorCookie();
  const outcome = challengeId
    ? await answerSecondFactor(challengeId, parsed.data.code || parsed.data.recoveryCode, clientAddress(Object.fromEntries(await headers())))
    : ({ ok: false, expired: true } as const);
  if (!outcome.ok) {
    if ("expired" in outcome) {
      await clearSecondFactorCookie();
      return { fieldErrors: {}, error: { key: "auth.secondFactor.errors.expired" }, enrolled: null };
    }
    const error: SecondFactorState["error"] =
      outcome.retryAfterSeconds === null ? { key: "auth.secondFactor.errors.invalid" } : { key: "auth.errors.locked", minutes: minutesToWait(outcome.retryAfterSeconds) };
    return { fieldErrors: {}, error, enrolled: null };
  }
  await clearSecondFactorCookie();
  await writeSessionCookie(outcome);
  const next = safeReturnPath(input.callbackUrl);
  if (outcome.recoveryCodes) return { fieldErrors: {}, error: null, enrolled: { recoveryCodes: outcome.recoveryCodes, next } };
  redirect(next);
}

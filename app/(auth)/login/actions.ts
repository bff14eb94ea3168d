"use server";
// The sign-in form's action: parse → throttled password check (lib/data/sign-in-attempt) → session
// cookie → redirect to the same-site return path; or, when a second factor is due, the pending step's
// cookie → the second-factor page (no session yet). A server action, so the form is a plain POST that
// works before the page's script has loaded and never puts a credential in the address.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { writeSecondFactorCookie } from "@/lib/auth/second-factor-cookie";
import { writeSessionCookie } from "@/lib/auth/sign-in";
import { minutesToWait } from "@/lib/auth/sign-in-errors";
import { attemptSignIn } from "@/lib/data/sign-in-attempt";
import { safeReturnPath } from "@/lib/security/return-path";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { signInSchema } from "@/lib/validations/auth";
import type { SignInState } from "./sign-in-state";

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const input = formToObject(formData);
  const username = typeof input.username === "string" ? input.username.slice(0, 64) : "";
  const parsed = parseWith(signInSchema, input);
  if (!parsed.ok) return { username, fieldErrors: parsed.fieldErrors, error: null };
  const outcome = await attemptSignIn(parsed.data.username, parsed.data.password, clientAddress(Object.fromEntries(await headers())));
  if (!outcome.ok) {
    const error: SignInState["error"] =
      outcome.retryAfterSeconds === null ? { key: "auth.errors.invalid" } : { key: "auth.errors.locked", minutes: minutesToWait(outcome.retryAfterSeconds) };
    return { username, fieldErrors: {}, error };
  }
  const returnPath = safeReturnPath(input.callbackUrl);
  if (outcome.ok === "secondFactor") {
    await writeSecondFactorCookie(outcome.challenge);
    redirect(`/login/second-factor?${new URLSearchParams({ callbackUrl: returnPath })}`);
  }
  await writeSessionCookie(outcome);
  redirect(returnPath);
}

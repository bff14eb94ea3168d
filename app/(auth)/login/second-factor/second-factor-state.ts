// What the second-factor action hands back to its form (a code is never echoed).
import type { FieldErrors } from "@/lib/result";

export interface SecondFactorState {
  fieldErrors: FieldErrors;
  error: { key: "auth.secondFactor.errors.invalid" } | { key: "auth.secondFactor.errors.expired" } | { key: "auth.errors.locked"; minutes: number } | null;
  /** After an enrolment: the recovery codes, shown this once, and where to go on. */
  enrolled: { recoveryCodes: string[]; next: string } | null;
}

export const INITIAL_SECOND_FACTOR_STATE: SecondFactorState = { fieldErrors: {}, error: null, enrolled: null };

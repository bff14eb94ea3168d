// What the sign-in action hands back to its form after a refusal (the password is never echoed).
import type { FieldErrors } from "@/lib/result";

export interface SignInState {
  username: string;
  fieldErrors: FieldErrors;
  error: { key: "auth.errors.invalid" } | { key: "auth.errors.locked"; minutes: number } | null;
}

export const INITIAL_SIGN_IN_STATE: SignInState = { username: "", fieldErrors: {}, error: null };

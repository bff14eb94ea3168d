// Who must sign in with a second factor (动态口令, a TOTP code): an installation setting in table
// `settings`. 等保 level 3 asks it of the administrators; the setting can extend it to every role, and
// the demo turns it off so its accounts keep signing in with the demo password alone.
import type { Role } from "@/lib/auth/session-user";

export const SECOND_FACTOR_REQUIREMENTS = ["off", "admins", "everyone"] as const;
export type SecondFactorRequirement = (typeof SECOND_FACTOR_REQUIREMENTS)[number];

export const SECOND_FACTOR_SETTING = "auth.second_factor";
/** Level 3: the administrators (a missing or unusable setting keeps this). */
export const LEVEL3_SECOND_FACTOR: SecondFactorRequirement = "admins";

/** The administrator roles that level 3 asks a second factor of. */
export const ADMINISTRATOR_ROLES: readonly Role[] = ["ADMIN"];

export function secondFactorRequirementFrom(value: string | undefined): SecondFactorRequirement {
  return SECOND_FACTOR_REQUIREMENTS.find((r) => r === value) ?? LEVEL3_SECOND_FACTOR;
}

export function mustUseSecondFactor(role: Role, requirement: SecondFactorRequirement): boolean {
  return requirement === "everyone" || (requirement === "admins" && ADMINISTRATOR_ROLES.includes(role));
}

/** How long the step between a right password and the code may take. */
export const CHALLENGE_MINUTES = 5;

/** One-time recovery codes handed out at enrolment. */
export const RECOVERY_CODE_COUNT = 10;

/** What the user typed: a 6-digit TOTP code (spaces allowed) or a recovery code (xxxxx-xxxxx, any case). */
export type SecondFactorCode = { kind: "totp"; code: string } | { kind: "recovery"; code: string };

export function readSecondFactorCode(input: string): SecondFactorCode | null {
  const compact = input.replace(/[\s-]/g, "");
  if (/^\d{6}$/.test(compact)) return { kind: "totp", code: compact };
  if (/^[a-z2-9]{10}$/i.test(compact)) return { kind: "recovery", code: compact.toLowerCase() };
  return null;
}

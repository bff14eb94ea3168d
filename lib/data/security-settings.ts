// What the security page shows: the password policy and the sign-in settings in force, which of the
// policy's values fall short of 等保 level 3, who must use a second factor, and whether this is the
// demo. Administrators only.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { LEVEL3_PASSWORD_POLICY, PASSWORD_POLICY_KEYS, shortOfLevel3, type PasswordPolicy } from "@/lib/domain/password-rules";
import type { SecondFactorRequirement } from "@/lib/domain/second-factor-rules";
import { SIGN_IN_SETTING_KEYS, type SignInSettings } from "@/lib/domain/sign-in-settings";
import { can } from "@/lib/permissions";
import { loadPasswordPolicy } from "./password-policy";
import { loadSecondFactorRequirement } from "./second-factor";
import { isDemoLoaded } from "./settings";
import { loadSignInSettings } from "./sign-in-throttle";

export interface SecuritySettingRow {
  name: string;
  key: string;
  value: number;
  /** The level-3 value, for the password policy's rows. */
  level3: number | null;
  isShortOfLevel3: boolean;
}

export async function loadSecuritySettings(
  user: SessionUser,
): Promise<{ rows: SecuritySettingRow[]; secondFactor: SecondFactorRequirement; isDemo: boolean } | null> {
  if (!can(user, "user.manage")) return null;
  const [policy, signIn, secondFactor, isDemo] = await Promise.all([loadPasswordPolicy(), loadSignInSettings(), loadSecondFactorRequirement(), isDemoLoaded()]);
  const short = new Set(shortOfLevel3(policy));
  const policyRows = (Object.keys(PASSWORD_POLICY_KEYS) as (keyof PasswordPolicy)[]).map((name) => ({
    name,
    key: PASSWORD_POLICY_KEYS[name],
    value: policy[name],
    level3: LEVEL3_PASSWORD_POLICY[name],
    isShortOfLevel3: short.has(name),
  }));
  const signInRows = (Object.keys(SIGN_IN_SETTING_KEYS) as (keyof SignInSettings)[]).map((name) => ({
    name,
    key: SIGN_IN_SETTING_KEYS[name],
    value: signIn[name],
    level3: null,
    isShortOfLevel3: false,
  }));
  return { rows: [...policyRows, ...signInRows], secondFactor, isDemo };
}

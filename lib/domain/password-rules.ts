// Rules for new passwords (creation and reset; existing passwords keep working until changed).

export const MIN_PASSWORD_LENGTH = 8;
/** How many of the four character classes (lower case, upper case, digits, others) a password needs. */
export const MIN_PASSWORD_CLASSES = 3;

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((pattern) => pattern.test(password)).length;
}

export function isStrongPassword(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && passwordClassCount(password) >= MIN_PASSWORD_CLASSES;
}

/** Whether the password contains the account's username (any case). */
export function containsUsername(password: string, username: string): boolean {
  return username.length > 0 && password.toLowerCase().includes(username.toLowerCase());
}

/**
 * The password policy (等保 level 3 by default), installation settings in table `settings`. Length and
 * classes never go below the rules above; the others may be raised, or set to 0 to turn them off (the
 * demo does; the security page says which values fall short of level 3).
 */
export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  /** A new password may not be one of this many previous ones (the current one included). */
  history: number;
  /** Days after which a password must be changed at the next sign-in (0: never). */
  maxAgeDays: number;
  /** Days without a sign-in after which an account is disabled at its next attempt (0: never). */
  inactiveDays: number;
  /** A password set at creation or by an administrator's reset must be changed at the first sign-in (1 yes, 0 no). */
  changeFirstSignIn: number;
}

export const LEVEL3_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3, history: 5, maxAgeDays: 90, inactiveDays: 90, changeFirstSignIn: 1 };

export const PASSWORD_POLICY_KEYS: Record<keyof PasswordPolicy, string> = {
  minLength: "auth.password_min_length",
  minClasses: "auth.password_min_classes",
  history: "auth.password_history",
  maxAgeDays: "auth.password_max_age_days",
  inactiveDays: "auth.inactive_disable_days",
  changeFirstSignIn: "auth.password_change_first_sign_in",
};

const LIMITS: Record<keyof PasswordPolicy, [number, number]> = {
  minLength: [MIN_PASSWORD_LENGTH, 64],
  minClasses: [MIN_PASSWORD_CLASSES, 4],
  history: [0, 24],
  maxAgeDays: [0, 3650],
  inactiveDays: [0, 3650],
  changeFirstSignIn: [0, 1],
};

/** The policy from stored key/value rows: a missing or unusable value keeps the level-3 default. */
export function passwordPolicyFrom(rows: readonly { key: string; value: string }[]): PasswordPolicy {
  const policy = { ...LEVEL3_PASSWORD_POLICY };
  for (const [name, key] of Object.entries(PASSWORD_POLICY_KEYS) as [keyof PasswordPolicy, string][]) {
    const value = Number(rows.find((r) => r.key === key)?.value);
    const [min, max] = LIMITS[name];
    if (Number.isInteger(value) && value >= min && value <= max) policy[name] = value;
  }
  return policy;
}

/** The policy's values that fall short of level 3. */
export function shortOfLevel3(policy: PasswordPolicy): (keyof PasswordPolicy)[] {
  return (Object.keys(LEVEL3_PASSWORD_POLICY) as (keyof PasswordPolicy)[]).filter((name) => {
    const level3 = LEVEL3_PASSWORD_POLICY[name];
    const value = policy[name];
    // Ages count as short when off (0) or longer than level 3 asks; the others when smaller.
    return name === "maxAgeDays" || name === "inactiveDays" ? value === 0 || value > level3 : value < level3;
  });
}

/** What is wrong with a new password under the policy (a message key under admin.validation), or null. */
export function passwordIssue(password: string, username: string, policy: PasswordPolicy): "passwordShort" | "passwordWeak" | "passwordHasUsername" | null {
  if (password.length < policy.minLength) return "passwordShort";
  if (passwordClassCount(password) < policy.minClasses) return "passwordWeak";
  return containsUsername(password, username) ? "passwordHasUsername" : null;
}

const DAY_MS = 86_400_000;

/** Whether a password changed at `changedAt` must be changed now. */
export function isPasswordExpired(changedAt: Date, policy: PasswordPolicy, now: Date): boolean {
  return policy.maxAgeDays > 0 && now.getTime() - changedAt.getTime() > policy.maxAgeDays * DAY_MS;
}

/** Whether an account last used at `lastUsedAt` has been unused too long. */
export function isUnusedTooLong(lastUsedAt: Date, policy: PasswordPolicy, now: Date): boolean {
  return policy.inactiveDays > 0 && now.getTime() - lastUsedAt.getTime() > policy.inactiveDays * DAY_MS;
}

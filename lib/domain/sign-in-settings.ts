// Sign-in throttling and session lifetimes: installation settings (table `settings`) with these
// defaults, so an installation can tighten them without a code change.

export interface SignInSettings {
  /** Failed sign-ins of one account within the window that lock it. */
  accountFailures: number;
  /** Failed sign-ins from one client address within the window that lock the address. */
  addressFailures: number;
  windowMinutes: number;
  lockMinutes: number;
  /** A session unused for this long ends. */
  sessionIdleMinutes: number;
  /** A session ends this long after its sign-in, used or not (at most SESSION_COOKIE_MAX_HOURS). */
  sessionMaxHours: number;
}

export const DEFAULT_SIGN_IN_SETTINGS: SignInSettings = {
  accountFailures: 5,
  addressFailures: 20,
  windowMinutes: 15,
  lockMinutes: 15,
  sessionIdleMinutes: 30,
  sessionMaxHours: 8,
};

/** The session cookie's own lifetime: the upper bound of `sessionMaxHours`. */
export const SESSION_COOKIE_MAX_HOURS = 24;

export const SIGN_IN_SETTING_KEYS: Record<keyof SignInSettings, string> = {
  accountFailures: "auth.lockout_account_failures",
  addressFailures: "auth.lockout_address_failures",
  windowMinutes: "auth.lockout_window_minutes",
  lockMinutes: "auth.lockout_minutes",
  sessionIdleMinutes: "auth.session_idle_minutes",
  sessionMaxHours: "auth.session_max_hours",
};

/** The settings from stored key/value rows: a missing or unusable value keeps its default. */
export function signInSettingsFrom(rows: readonly { key: string; value: string }[]): SignInSettings {
  const settings = { ...DEFAULT_SIGN_IN_SETTINGS };
  for (const [name, key] of Object.entries(SIGN_IN_SETTING_KEYS) as [keyof SignInSettings, string][]) {
    const row = rows.find((r) => r.key === key);
    const value = Number(row?.value);
    if (row && Number.isFinite(value) && value >= 1) settings[name] = value;
  }
  settings.sessionMaxHours = Math.min(settings.sessionMaxHours, SESSION_COOKIE_MAX_HOURS);
  return settings;
}

// One sign-in attempt: refused without a password check while its account or client address is
// locked; a failure is counted per account and per address and audited, and enough failures lock
// (also audited); a right password applies the password policy (unused accounts disabled, expired
// passwords to change), then either asks for the second factor (lib/data/second-factor-sign-in.ts,
// whose wrong codes count here too) or completes the sign-in: clears the account's failures, is
// audited and starts a session.
import "server-only";
import { db } from "@/lib/db";
import { isPasswordExpired, isUnusedTooLong } from "@/lib/domain/password-rules";
import { recordAudit } from "./audit";
import { loadPasswordPolicy } from "./password-policy";
import { needsSecondFactor, startChallenge } from "./second-factor";
import { activeLock, clearFailures, countFailure, loadSignInSettings, throttleKey, type FailureCount } from "./sign-in-throttle";
import { startSession } from "./user-sessions";
import { signIn } from "./session-users";

export type SignInOutcome =
  | { ok: true; userId: number; name: string; stamp: string; sessionId: string }
  | { ok: false; retryAfterSeconds: number | null }
  /** The password was right; no session until the second factor (the challenge's id, for a cookie). */
  | { ok: "secondFactor"; challenge: string };

export type SignInRefusal = Extract<SignInOutcome, { ok: false }>;

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

async function recordSignInEvent(action: string, username: string, address: string, details: Record<string, unknown>) {
  const account = await db.user.findUnique({ where: { username }, select: { id: true, scopeRegion: { select: { path: true } } } });
  await recordAudit(db, null, {
    actor: username,
    action,
    entityType: "User",
    entityId: account?.id ?? username,
    after: { username, address, ...details },
    // The office of the account's region sees attempts on its users; unknown names: administrators only.
    regionPath: account?.scopeRegion.path ?? null,
  });
}

/**
 * The password policy at a successful password check: an account unused too long is disabled
 * (false: refused); an expired password must be changed before anything else.
 */
async function applyPasswordPolicy(userId: number, username: string, address: string, now: Date): Promise<boolean> {
  const policy = await loadPasswordPolicy();
  const account = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { createdAt: true, lastSignInAt: true, passwordChangedAt: true, mustChangePassword: true } });
  if (isUnusedTooLong(account.lastSignInAt ?? account.createdAt, policy, now)) {
    // Deactivated like an administrator would: sessions end, and the user's API tokens are refused with it.
    await db.user.update({ where: { id: userId }, data: { active: false, sessionsValidFrom: now, version: { increment: 1 } } });
    await recordSignInEvent("auth.disabledUnused", username, address, { inactiveDays: policy.inactiveDays, lastSignInAt: (account.lastSignInAt ?? account.createdAt).toISOString() });
    return false;
  }
  const expired = isPasswordExpired(account.passwordChangedAt ?? account.createdAt, policy, now);
  if (expired) await db.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
  if (expired && !account.mustChangePassword) await recordSignInEvent("auth.passwordExpired", username, address, { maxAgeDays: policy.maxAgeDays });
  return true;
}

/** Refused without any check while the account or the client address is locked (audited); else null. */
export async function refusalWhileLocked(username: string, address: string, now: Date): Promise<SignInRefusal | null> {
  const lock = await activeLock([throttleKey("account", username), throttleKey("address", address)], now);
  if (!lock) return null;
  await recordSignInEvent("auth.signInRefused", username, address, { reason: "locked", lockedUntil: lock.toISOString() });
  return { ok: false, retryAfterSeconds: secondsUntil(lock, now) };
}

/**
 * A second-factor code is counted against its account BEFORE it is checked (one atomic increment),
 * so requests sent at once cannot all pass an unlocked account: beyond the limit, or once another
 * attempt has locked it, the code is not looked at. A right code clears the count (completeSignIn).
 */
export async function reserveCodeAttempt(username: string, address: string, now: Date): Promise<{ refusal: SignInRefusal | null; account: FailureCount }> {
  const settings = await loadSignInSettings();
  const key = throttleKey("account", username);
  const account = await countFailure(key, settings.accountFailures, settings, now);
  if (account.lockedUntil) return { refusal: null, account };
  const lock = account.failures > settings.accountFailures ? new Date(now.getTime() + settings.lockMinutes * 60_000) : await activeLock([key], now);
  if (!lock) return { refusal: null, account };
  await recordSignInEvent("auth.signInRefused", username, address, { reason: "locked", lockedUntil: lock.toISOString() });
  return { refusal: { ok: false, retryAfterSeconds: secondsUntil(lock, now) }, account };
}

/**
 * A wrong password or second-factor code (`action` names which, with `details`): counted per account
 * (unless `reserved` counted it before the check) and per address and audited; the failure that
 * reaches a limit locks (audited).
 */
export async function countSignInFailure(
  username: string,
  address: string,
  action: string,
  details: Record<string, unknown>,
  now: Date,
  reserved?: FailureCount,
): Promise<SignInRefusal> {
  const settings = await loadSignInSettings();
  const account = reserved ?? (await countFailure(throttleKey("account", username), settings.accountFailures, settings, now));
  const client = await countFailure(throttleKey("address", address), settings.addressFailures, settings, now);
  await recordSignInEvent(action, username, address, { ...details, accountFailures: account.failures, addressFailures: client.failures });
  const locks = [
    { kind: "account", until: account.lockedUntil, failures: settings.accountFailures },
    { kind: "address", until: client.lockedUntil, failures: settings.addressFailures },
  ].filter((l): l is { kind: string; until: Date; failures: number } => l.until !== null);
  for (const l of locks) {
    await recordSignInEvent("auth.lockout", username, address, { locked: l.kind, failures: l.failures, windowMinutes: settings.windowMinutes, lockedUntil: l.until.toISOString() });
  }
  const until = locks.length > 0 ? new Date(Math.max(...locks.map((l) => l.until.getTime()))) : null;
  return { ok: false, retryAfterSeconds: until ? secondsUntil(until, now) : null };
}

/** Every factor was right: the account's failures are cleared, the sign-in audited, a session started. */
export async function completeSignIn(
  user: { id: number; name: string; username: string },
  stamp: string,
  address: string,
  details: Record<string, unknown>,
  now: Date,
): Promise<Extract<SignInOutcome, { ok: true }>> {
  await clearFailures(throttleKey("account", user.username));
  // Only a completed sign-in counts as use of the account (a right password alone does not).
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await recordSignInEvent("auth.signIn", user.username, address, details);
  const sessionId = await startSession(user.id, now);
  return { ok: true, userId: user.id, name: user.name, stamp, sessionId };
}

export async function attemptSignIn(username: string, password: string, address: string, now = new Date()): Promise<SignInOutcome> {
  const refusal = await refusalWhileLocked(username, address, now);
  if (refusal) return refusal;

  const signedIn = await signIn(username, password);
  if (!signedIn) return countSignInFailure(username, address, "auth.signInFailed", {}, now);
  if (!(await applyPasswordPolicy(signedIn.user.id, username, address, now))) return { ok: false, retryAfterSeconds: null };
  // The account's failures stay counted until the second factor is right too: wrong codes add to them.
  if (await needsSecondFactor(signedIn.user)) return { ok: "secondFactor", challenge: await startChallenge(signedIn.user.id, now) };
  return completeSignIn(signedIn.user, signedIn.stamp, address, {}, now);
}

// Counters of failed sign-ins per account and per client address, in the database so that every
// app server shares them. Each statement is atomic; a lock is set by exactly one of several
// concurrent failures (the one whose update finds the key unlocked), which then reports it.
import "server-only";
import { db } from "@/lib/db";
import { SIGN_IN_SETTING_KEYS, signInSettingsFrom, type SignInSettings } from "@/lib/domain/sign-in-settings";

export type ThrottleKind = "account" | "address";

export const throttleKey = (kind: ThrottleKind, value: string) => `${kind}:${kind === "account" ? value.toLowerCase() : value}`;

export async function loadSignInSettings(): Promise<SignInSettings> {
  return signInSettingsFrom(await db.setting.findMany({ where: { key: { in: Object.values(SIGN_IN_SETTING_KEYS) } } }));
}

/** The latest lock among the keys that still holds at `now`, or null. */
export async function activeLock(keys: readonly string[], now: Date): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: [...keys] }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.flatMap((r) => (r.lockedUntil ? [r.lockedUntil.getTime()] : []));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

async function increment(key: string, now: Date) {
  try {
    return await db.signInThrottle.upsert({ where: { key }, create: { key, failures: 1, windowStart: now }, update: { failures: { increment: 1 } } });
  } catch {
    // Another server created the row at the same moment: count on it.
    return db.signInThrottle.update({ where: { key }, data: { failures: { increment: 1 } } });
  }
}

/** A key's failures after one more was counted, and the lock's end when that one locked the key. */
export interface FailureCount {
  failures: number;
  lockedUntil: Date | null;
}

/** Counts one failure; returns the lock's end when this failure locked the key. */
export async function countFailure(key: string, limit: number, settings: SignInSettings, now: Date): Promise<FailureCount> {
  // A window that has passed starts again.
  await db.signInThrottle.updateMany({
    where: { key, windowStart: { lt: new Date(now.getTime() - settings.windowMinutes * 60_000) } },
    data: { failures: 0, windowStart: now },
  });
  const row = await increment(key, now);
  if (row.failures < limit) return { failures: row.failures, lockedUntil: null };
  const lockedUntil = new Date(now.getTime() + settings.lockMinutes * 60_000);
  const { count } = await db.signInThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    // After the lock the count starts afresh.
    data: { lockedUntil, failures: 0, windowStart: lockedUntil },
  });
  return { failures: row.failures, lockedUntil: count === 1 ? lockedUntil : null };
}

/** A successful sign-in clears its account's failures (never its address's: others share it). */
export async function clearFailures(key: string) {
  await db.signInThrottle.deleteMany({ where: { key } });
}

// Signed-in sessions: the cookie carries the session's id; the database holds when it began and was
// last used, so idle and absolute expiry hold on every app server alike.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { SESSION_COOKIE_MAX_HOURS, type SignInSettings } from "@/lib/domain/sign-in-settings";
import { recordAudit } from "./audit";

/** Last use is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function startSession(userId: number, now: Date): Promise<string> {
  // The user's ended sessions, and those past any possible lifetime, are no longer needed.
  await db.userSession.deleteMany({
    where: { userId, OR: [{ endedAt: { not: null } }, { createdAt: { lt: new Date(now.getTime() - SESSION_COOKIE_MAX_HOURS * 3_600_000) } }] },
  });
  const id = randomBytes(24).toString("base64url");
  await db.userSession.create({ data: { id, userId, createdAt: now, lastSeenAt: now } });
  return id;
}

/** Whether the user's session is still alive (not ended, not idle too long, not too old); records its use. */
export async function resumeSession(sessionId: string, userId: number, settings: SignInSettings, now = new Date()): Promise<boolean> {
  const session = await db.userSession.findUnique({ where: { id: sessionId } });
  if (!session || session.userId !== userId || session.endedAt) return false;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  const ageMs = now.getTime() - session.createdAt.getTime();
  if (idleMs > settings.sessionIdleMinutes * 60_000 || ageMs > settings.sessionMaxHours * 3_600_000) {
    await db.userSession.update({ where: { id: sessionId }, data: { endedAt: now } });
    return false;
  }
  if (idleMs > TOUCH_INTERVAL_MS) await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  return true;
}

/** Sign-out: ends the user's session on the server (a copied cookie is dead from now on), audited. */
export async function endSession(sessionId: string, userId: number, now = new Date()): Promise<boolean> {
  const ended = await db.userSession.updateMany({ where: { id: sessionId, userId, endedAt: null }, data: { endedAt: now } });
  if (ended.count === 0) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, username: true, scopeRegion: { select: { path: true } } } });
  if (user) await recordAudit(db, user, { action: "auth.signOut", entityType: "User", entityId: user.id, regionPath: user.scopeRegion.path });
  return true;
}

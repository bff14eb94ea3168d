// User look-ups for sign-in and for resolving the session's user on every request.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";

const sessionUserSelect = {
  id: true,
  username: true,
  name: true,
  role: true,
  active: true,
  departmentId: true,
  mustChangePassword: true,
  department: { select: { name: true } },
  scopeRegion: { select: { id: true, code: true, name: true, nameEn: true, path: true } },
} as const;

/**
 * A short fingerprint of the password hash, kept in the session token: a session signed in before the
 * password was changed or reset no longer matches, so a reset ends every session of that user.
 */
export function credentialStamp(passwordHash: string): string {
  return createHash("sha256").update(passwordHash).digest("base64url").slice(0, 22);
}

async function findActiveUser(id: number): Promise<{ user: SessionUser; stamp: string; sessionsValidFrom: Date | null } | null> {
  const user = await db.user.findUnique({ where: { id }, select: { ...sessionUserSelect, passwordHash: true, sessionsValidFrom: true } });
  if (!user || !user.active) return null;
  return {
    stamp: credentialStamp(user.passwordHash),
    sessionsValidFrom: user.sessionsValidFrom,
    user: {
      id: user.id,
      username: user.username,
      name: user.name,
      role: user.role,
      scopeRegionId: user.scopeRegion.id,
      scopeRegionCode: user.scopeRegion.code,
      scopeRegionName: user.scopeRegion.name,
      scopeRegionNameEn: user.scopeRegion.nameEn,
      scopePath: user.scopeRegion.path,
      departmentId: user.departmentId,
      departmentName: user.department?.name ?? null,
      mustChangePassword: user.mustChangePassword,
    },
  };
}

/** The active user with this id, shaped for authorization; null when missing or deactivated. */
export async function loadSessionUser(id: number): Promise<SessionUser | null> {
  return (await findActiveUser(id))?.user ?? null;
}

/** What a session cookie says about its sign-in. */
export interface SessionClaims {
  /** Fingerprint of the password the session was signed in with. */
  stamp: string;
  /** When the session was signed in (ms since the epoch). */
  signedInAt: number;
}

/**
 * The session's user, only while the password is still the one the session was signed in with and
 * the session began after the user's sessions were last ended (deactivation, password reset).
 */
export async function loadSignedInUser(id: number, claims: SessionClaims): Promise<SessionUser | null> {
  const found = await findActiveUser(id);
  if (!found || found.stamp !== claims.stamp) return null;
  if (found.sessionsValidFrom && claims.signedInAt < found.sessionsValidFrom.getTime()) return null;
  return found.user;
}

/** Checks a username and password; the same work is done whether or not the user exists. */
export async function signIn(username: string, password: string): Promise<{ user: SessionUser; stamp: string; sessionsValidFrom: Date | null } | null> {
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, active: true, passwordHash: true },
  });
  const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !isValid || !user.active) return null;
  return findActiveUser(user.id);
}

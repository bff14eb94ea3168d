// User look-ups for sign-in and for resolving the session's user on every request.
import "server-only";
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
  department: { select: { name: true } },
  scopeRegion: { select: { id: true, code: true, name: true, nameEn: true, path: true } },
} as const;

/** The active user with this id, shaped for authorization; null when missing or deactivated. */
export async function loadSessionUser(id: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id }, select: sessionUserSelect });
  if (!user || !user.active) return null;
  return {
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
  };
}

/** Checks a username and password; the same work is done whether or not the user exists. */
export async function verifyCredentials(username: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, active: true, passwordHash: true },
  });
  const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !isValid || !user.active) return null;
  return loadSessionUser(user.id);
}

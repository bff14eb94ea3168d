// Resolves an API token (Authorization: Bearer …) to the user it acts as. Only hashes are stored.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const tokenSelect = {
  id: true,
  name: true,
  role: true,
  revokedAt: true,
  createdById: true,
  createdBy: { select: { active: true } },
  departmentId: true,
  department: { select: { name: true } },
  scopeRegion: { select: { id: true, code: true, name: true, nameEn: true, path: true } },
} as const;

const TOKEN_USERNAME = /^token:(\d+)$/;

function toTokenUser(row: { id: number; name: string; role: SessionUser["role"]; revokedAt: Date | null; createdById: number | null; createdBy: { active: boolean } | null; departmentId: number | null; department: { name: string } | null; scopeRegion: { id: number; code: string; name: string; nameEn: string | null; path: string } }): SessionUser | null {
  // A token acts for its creator: it dies with the creator's deactivation (and is revoked then).
  if (row.revokedAt || row.createdById === null || !row.createdBy?.active) return null;
  return {
    // Writes made with a token are attributed to the admin who created it, named after the token.
    id: row.createdById,
    username: `token:${row.id}`,
    name: `API · ${row.name}`,
    role: row.role,
    scopeRegionId: row.scopeRegion.id,
    scopeRegionCode: row.scopeRegion.code,
    scopeRegionName: row.scopeRegion.name,
    scopeRegionNameEn: row.scopeRegion.nameEn,
    scopePath: row.scopeRegion.path,
    departmentId: row.departmentId,
    departmentName: row.department?.name ?? null,
    mustChangePassword: false,
  };
}

export async function loadTokenUser(token: string): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: tokenSelect });
  const user = row ? toTokenUser(row) : null;
  if (row && user) await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return user;
}

/** The user a token acts as, by the token's id (for signed print links); null when revoked or gone. */
export async function loadTokenUserById(id: number): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({ where: { id }, select: tokenSelect });
  return row ? toTokenUser(row) : null;
}

/** The id of the API token a request user acts through, or null for a signed-in person. */
export function apiTokenIdOf(user: Pick<SessionUser, "username">): number | null {
  const match = TOKEN_USERNAME.exec(user.username);
  return match ? Number(match[1]) : null;
}

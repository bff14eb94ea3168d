// Resolves an API token (Authorization: Bearer …) to the user it acts as. Only hashes are stored.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function loadTokenUser(token: string): Promise<SessionUser | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      role: true,
      revokedAt: true,
      createdById: true,
      departmentId: true,
      department: { select: { name: true } },
      scopeRegion: { select: { id: true, code: true, name: true, nameEn: true, path: true } },
    },
  });
  if (!row || row.revokedAt || row.createdById === null) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
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
  };
}

// API tokens for other government systems: a named token with a role and scope, shown once at
// creation; only its SHA-256 hash is stored. Revoking keeps the row for the audit trail.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ApiTokenInput } from "@/lib/validations/api-token";
import { hashToken } from "../token-users";
import { recordAudit } from "../audit";
import { regionInScope } from "../scope";
import { assertCan, change } from "./run";
import { abort } from "../transaction";
import type { FieldErrors } from "@/lib/result";

const select = {
  id: true,
  name: true,
  prefix: true,
  role: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  scopeRegion: { select: { code: true, name: true, nameEn: true } },
  department: { select: { name: true } },
  createdBy: { select: { name: true, username: true } },
} as const;

export const TOKEN_PREFIX = "qt_";

export async function listApiTokens(user: SessionUser) {
  assertCan(user, "token.manage");
  return db.apiToken.findMany({ where: { scopeRegion: regionInScope(user) }, orderBy: [{ revokedAt: "asc" }, { createdAt: "desc" }], select });
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Creates a token; the returned `token` is the only time its value exists outside the caller. */
export async function createApiToken(user: SessionUser, input: ApiTokenInput) {
  return change(user, "token.manage", async (tx) => {
    const fieldErrors: FieldErrors = {};
    const region = await tx.region.findFirst({ where: { id: input.scopeRegionId, active: true, ...regionInScope(user) }, select: { id: true } });
    if (!region) fieldErrors.scopeRegionId = [{ code: "admin.validation.choice" }];
    if (input.departmentId !== null && !(await tx.department.findFirst({ where: { id: input.departmentId, active: true }, select: { id: true } }))) {
      fieldErrors.departmentId = [{ code: "admin.validation.choice" }];
    }
    if (Object.keys(fieldErrors).length > 0) abort("INVALID", { fieldErrors });
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    const created = await tx.apiToken.create({
      data: {
        name: input.name,
        role: input.role,
        scopeRegionId: input.scopeRegionId,
        departmentId: input.role === "DEPARTMENT" ? input.departmentId : null,
        tokenHash: hashToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        createdById: user.id,
      },
      select,
    });
    await recordAudit(tx, user, { action: "apiToken.create", entityType: "ApiToken", entityId: created.id, after: created });
    return { ...created, token };
  });
}

export async function revokeApiToken(user: SessionUser, id: number) {
  return change(user, "token.manage", async (tx) => {
    const before = await tx.apiToken.findFirst({ where: { id, scopeRegion: regionInScope(user) }, select });
    if (!before) abort("NOT_FOUND");
    if (before.revokedAt) return before;
    const after = await tx.apiToken.update({ where: { id }, data: { revokedAt: new Date() }, select });
    await recordAudit(tx, user, { action: "apiToken.revoke", entityType: "ApiToken", entityId: id, before, after });
    return after;
  });
}

/** Revokes every live token a user created (their deactivation), each with its audit event. */
export async function revokeTokensOf(tx: DbTransaction, user: SessionUser, ownerId: number) {
  const live = await tx.apiToken.findMany({ where: { createdById: ownerId, revokedAt: null }, select });
  for (const before of live) {
    const after = await tx.apiToken.update({ where: { id: before.id }, data: { revokedAt: new Date() }, select });
    await recordAudit(tx, user, { action: "apiToken.revoke", entityType: "ApiToken", entityId: before.id, before, after: { ...after, reason: "ownerDeactivated" } });
  }
}

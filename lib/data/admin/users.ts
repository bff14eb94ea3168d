// Administration of user accounts. Users are never deleted (the audit trail names them); they are
// deactivated, which ends their access at once because sessions re-read the user on every request.
// At least one active administrator always remains.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import { failure, type FieldErrors } from "@/lib/result";
import type { CreateUserInput, UpdateUserInput } from "@/lib/validations/user";
import { revokeTokensOf } from "./api-tokens";
import { recordAudit } from "../audit";
import { loadPasswordPolicy, passwordRefusal, recordPasswordSet } from "../password-policy";
import { throttleKey } from "../sign-in-throttle";
import { regionInScope } from "../scope";
import { assertCan, change, abortDuplicate } from "./run";
import { abort } from "../transaction";

// Never the password hash: the client omits it globally, and these selects never ask for it.
const select = {
  id: true,
  username: true,
  name: true,
  role: true,
  active: true,
  version: true,
  scopeRegionId: true,
  departmentId: true,
  createdAt: true,
  updatedAt: true,
  scopeRegion: { select: { code: true, name: true, nameEn: true } },
  department: { select: { name: true, shortName: true } },
} as const;

export async function listUsers(user: SessionUser) {
  assertCan(user, "user.manage");
  return db.user.findMany({ where: { scopeRegion: regionInScope(user) }, orderBy: [{ active: "desc" }, { username: "asc" }], select });
}

export type AdminUserRow = Awaited<ReturnType<typeof listUsers>>[number];

export async function getUser(user: SessionUser, id: number) {
  assertCan(user, "user.manage");
  return db.user.findFirst({ where: { id, scopeRegion: regionInScope(user) }, select });
}

async function find(tx: DbTransaction, user: SessionUser, id: number) {
  return (await tx.user.findFirst({ where: { id, scopeRegion: regionInScope(user) }, select })) ?? abort("NOT_FOUND");
}

/** Scope region in the administrator's scope, department active: otherwise field messages. */
async function checkAssignment(tx: DbTransaction, user: SessionUser, input: { scopeRegionId: number; departmentId: number | null }) {
  const fieldErrors: FieldErrors = {};
  const region = await tx.region.findFirst({ where: { id: input.scopeRegionId, active: true, ...regionInScope(user) }, select: { id: true } });
  if (!region) fieldErrors.scopeRegionId = [{ code: "admin.validation.choice" }];
  if (input.departmentId !== null) {
    const department = await tx.department.findFirst({ where: { id: input.departmentId, active: true }, select: { id: true } });
    if (!department) fieldErrors.departmentId = [{ code: "admin.validation.choice" }];
  }
  if (Object.keys(fieldErrors).length > 0) abort("INVALID", { fieldErrors });
}

/** New passwords follow lib/domain/password-rules.ts; the username is known only here for a reset. */
const passwordError = (code: string) => ({ fieldErrors: { password: [{ code }] } });

/** Refuses a change that would leave no active administrator. */
async function keepAnAdmin(tx: DbTransaction, target: { id: number; role: string; active: boolean }) {
  if (target.role !== "ADMIN" || !target.active) return;
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: target.id } } });
  if (others === 0) abort("LAST_ADMIN");
}

export async function createUser(user: SessionUser, input: CreateUserInput) {
  // Hashing is deliberately slow: only for callers allowed to create users.
  if (!can(user, "user.manage")) return failure("FORBIDDEN");
  const policy = await loadPasswordPolicy();
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return change(user, "user.manage", async (tx) => {
    const refusal = await passwordRefusal(tx, null, input.username, input.password, policy);
    if (refusal) abort("INVALID", passwordError(refusal));
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) abortDuplicate("username");
    await checkAssignment(tx, user, input);
    const created = await tx.user.create({
      data: {
        username: input.username,
        name: input.name,
        role: input.role,
        scopeRegionId: input.scopeRegionId,
        departmentId: input.role === "DEPARTMENT" ? input.departmentId : null,
        passwordHash,
        // Set by an administrator: the user chooses their own at the first sign-in (policy).
        mustChangePassword: policy.changeFirstSignIn === 1,
      },
      select,
    });
    await recordPasswordSet(tx, created.id, passwordHash, policy, now);
    await recordAudit(tx, user, { action: "user.create", entityType: "User", entityId: created.id, after: created });
    return created;
  });
}

export async function updateUser(user: SessionUser, id: number, input: UpdateUserInput) {
  return change(user, "user.manage", async (tx) => {
    const before = await find(tx, user, id);
    if (before.version !== input.version) abort("CONFLICT");
    // Administrators cannot change their own role or scope: one slip would lock them out.
    if (before.id === user.id && (input.role !== before.role || input.scopeRegionId !== before.scopeRegionId)) abort("SELF");
    if (input.role !== "ADMIN") await keepAnAdmin(tx, before);
    await checkAssignment(tx, user, input);
    const after = await tx.user.update({
      where: { id },
      data: {
        name: input.name,
        role: input.role,
        scopeRegionId: input.scopeRegionId,
        departmentId: input.role === "DEPARTMENT" ? input.departmentId : null,
        version: { increment: 1 },
      },
      select,
    });
    await recordAudit(tx, user, { action: "user.update", entityType: "User", entityId: id, before, after });
    return after;
  });
}

export async function setUserActive(user: SessionUser, id: number, active: boolean) {
  return change(user, "user.manage", async (tx) => {
    const before = await find(tx, user, id);
    if (!active) {
      await keepAnAdmin(tx, before);
      if (before.id === user.id) abort("SELF");
    }
    // Deactivation ends every session and revokes the user's API tokens for good: reactivating the
    // user later revives neither.
    const after = await tx.user.update({
      where: { id },
      data: { active, version: { increment: 1 }, ...(!active && { sessionsValidFrom: new Date() }) },
      select,
    });
    await recordAudit(tx, user, { action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: id, before, after });
    if (!active) await revokeTokensOf(tx, user, id);
    return after;
  });
}

export async function resetUserPassword(user: SessionUser, id: number, password: string) {
  if (!can(user, "user.manage")) return failure("FORBIDDEN");
  const policy = await loadPasswordPolicy();
  const passwordHash = await hashPassword(password);
  const now = new Date();
  return change(user, "user.manage", async (tx) => {
    const before = await find(tx, user, id);
    const refusal = await passwordRefusal(tx, id, before.username, password, policy);
    if (refusal) abort("INVALID", passwordError(refusal));
    await tx.user.update({ where: { id }, data: { passwordHash, sessionsValidFrom: now, mustChangePassword: policy.changeFirstSignIn === 1, version: { increment: 1 } } });
    await recordPasswordSet(tx, id, passwordHash, policy, now);
    // A locked-out user the administrator helps can sign in with the new password at once.
    await tx.signInThrottle.deleteMany({ where: { key: throttleKey("account", before.username) } });
    // The audit names the reset, never the password or its hash.
    await recordAudit(tx, user, { action: "user.resetPassword", entityType: "User", entityId: id, before: { username: before.username } });
    return { id };
  });
}

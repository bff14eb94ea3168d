// A user changes their own password: the current one must be right, the new one must follow the
// password policy (rules and history) and differ from it. The change clears a due change, ends the user's other
// sessions (their stamp no longer matches) and starts a fresh session for this browser; audited.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { failure, invalidField, type Result } from "@/lib/result";
import { recordAudit } from "./audit";
import { loadPasswordPolicy, passwordRefusal, recordPasswordSet } from "./password-policy";
import { credentialStamp } from "./session-users";
import { startSession } from "./user-sessions";

export async function changeOwnPassword(
  user: SessionUser,
  input: { currentPassword: string; password: string },
  now = new Date(),
): Promise<Result<{ stamp: string; sessionId: string }>> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, active: true } });
  if (!row?.active) return failure("FORBIDDEN");
  if (!(await verifyPassword(input.currentPassword, row.passwordHash))) return invalidField("currentPassword", "account.errors.currentWrong");
  if (input.password === input.currentPassword) return invalidField("password", "account.errors.sameAsCurrent");
  const policy = await loadPasswordPolicy();
  const passwordHash = await hashPassword(input.password);
  const refusal = await db.$transaction(async (tx) => {
    const reason = await passwordRefusal(tx, user.id, user.username, input.password, policy);
    if (reason) return reason;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
    await recordPasswordSet(tx, user.id, passwordHash, policy, now);
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now } });
    // The audit names the change, never the password or its hash.
    await recordAudit(tx, user, { action: "user.changeOwnPassword", entityType: "User", entityId: user.id, regionPath: user.scopePath });
    return null;
  });
  if (refusal) return invalidField("password", refusal);
  return { ok: true, data: { stamp: credentialStamp(passwordHash), sessionId: await startSession(user.id, now) } };
}

// A user changes their own password: the current one must be right, the new one must follow the
// password rules and differ from it. The change clears a due change, ends the user's other
// sessions (their stamp no longer matches) and starts a fresh session for this browser; audited.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { containsUsername, isStrongPassword } from "@/lib/domain/password-rules";
import { failure, invalidField, type Result } from "@/lib/result";
import { recordAudit } from "./audit";
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
  if (!isStrongPassword(input.password)) return invalidField("password", "admin.validation.passwordWeak");
  if (containsUsername(input.password, user.username)) return invalidField("password", "admin.validation.passwordHasUsername");
  if (input.password === input.currentPassword) return invalidField("password", "account.errors.sameAsCurrent");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: now } });
    // The audit names the change, never the password or its hash.
    await recordAudit(tx, user, { action: "user.changeOwnPassword", entityType: "User", entityId: user.id, regionPath: user.scopePath });
  });
  return { ok: true, data: { stamp: credentialStamp(passwordHash), sessionId: await startSession(user.id, now) } };
}

// The password policy's stored settings and the checks that need the database: a new password is
// refused when it breaks the rules or is one of the user's last N; setting one records it in the
// history (only the newest N are kept) and stamps when it was set.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import { verifyPassword } from "@/lib/auth/password";
import { PASSWORD_POLICY_KEYS, passwordIssue, passwordPolicyFrom, type PasswordPolicy } from "@/lib/domain/password-rules";

export async function loadPasswordPolicy(): Promise<PasswordPolicy> {
  return passwordPolicyFrom(await db.setting.findMany({ where: { key: { in: Object.values(PASSWORD_POLICY_KEYS) } } }));
}

/** Why this new password is refused (a message key), or null. `userId` null: a user being created. */
export async function passwordRefusal(tx: DbTransaction, userId: number | null, username: string, password: string, policy: PasswordPolicy): Promise<string | null> {
  const issue = passwordIssue(password, username, policy);
  if (issue) return `admin.validation.${issue}`;
  if (userId === null || policy.history === 0) return null;
  const [current, previous] = await Promise.all([
    tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } }),
    tx.passwordHistory.findMany({ where: { userId }, orderBy: { id: "desc" }, take: policy.history, select: { passwordHash: true } }),
  ]);
  const hashes = new Set([...(current ? [current.passwordHash] : []), ...previous.map((p) => p.passwordHash)]);
  for (const hash of hashes) if (await verifyPassword(password, hash)) return "account.errors.reused";
  return null;
}

/** After a password was set: the history keeps it (the newest N only) and the user's change time is now. */
export async function recordPasswordSet(tx: DbTransaction, userId: number, passwordHash: string, policy: PasswordPolicy, now: Date) {
  await tx.passwordHistory.create({ data: { userId, passwordHash, createdAt: now } });
  const keep = await tx.passwordHistory.findMany({ where: { userId }, orderBy: { id: "desc" }, take: Math.max(policy.history, 1), select: { id: true } });
  await tx.passwordHistory.deleteMany({ where: { userId, id: { notIn: keep.map((k) => k.id) } } });
  await tx.user.update({ where: { id: userId }, data: { passwordChangedAt: now } });
}

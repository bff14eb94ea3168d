// The signed-in user's own notifications (the bell and the list page) and e-mail preferences.
// Every query is keyed by the user's id: nobody reads or marks anyone else's.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { PreferencesInput } from "@/lib/validations/notifications";
import { maskEmail } from "@/lib/domain/personal-data";
import { recordAudit } from "../audit";
import { success, type Result } from "@/lib/result";

export const NOTIFICATIONS_PAGE_SIZE = 30;

export async function countUnreadNotifications(user: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(user: SessionUser, page = 1) {
  const where = { userId: user.id };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
  ]);
  return { rows, total };
}

/** Marks the user's own notifications read: the ones named, or all. */
export async function markNotificationsRead(user: SessionUser, ids: readonly number[] | "all"): Promise<Result<{ count: number }>> {
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids !== "all" && { id: { in: [...ids] } }) },
    data: { readAt: new Date() },
  });
  return success({ count });
}

const preferenceSelect = { email: true, locale: true, emailEnabled: true, emailDigest: true, version: true } as const;

export async function getNotificationPreferences(user: SessionUser) {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: preferenceSelect });
}

/** The user's own address, language and e-mail choices (audited: a change to a user). */
export async function updateNotificationPreferences(user: SessionUser, input: PreferencesInput): Promise<Result<{ version: number }>> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: preferenceSelect });
    const after = await tx.user.update({ where: { id: user.id }, data: { ...input, version: { increment: 1 } }, select: preferenceSelect });
    // The audit trail is read by offices and auditors: the address goes in masked.
    const masked = (row: typeof before) => ({ ...row, email: maskEmail(row.email) });
    await recordAudit(tx, user, { action: "user.preferences", entityType: "User", entityId: user.id, before: masked(before), after: masked(after), regionPath: user.scopePath });
    return success({ version: after.version });
  });
}

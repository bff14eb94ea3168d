// Storing notifications: one row per recipient and event. The unique (user, dedupeKey) pair makes
// every insert idempotent, so an event reaches each user once even when two servers raise it.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbWriter } from "@/lib/db-client";
import { parseNotificationSettings, type NotificationKind, type NotificationSettings } from "@/lib/domain/notifications";

export const NOTIFICATION_SETTINGS_KEY = "notifications.settings";

export interface NewNotification {
  kind: NotificationKind;
  params: Record<string, string | number>;
  link: string;
  dedupeKey: string;
}

export async function loadNotificationSettings(db: DbWriter): Promise<NotificationSettings> {
  const row = await db.setting.findUnique({ where: { key: NOTIFICATION_SETTINGS_KEY } });
  return parseNotificationSettings(row?.value);
}

/** Inserts the notification for each user who does not have it yet; returns how many were new. */
export async function notifyUsers(db: DbWriter, userIds: readonly number[], n: NewNotification): Promise<number> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return 0;
  const settings = await loadNotificationSettings(db);
  if (!settings.enabled[n.kind]) return 0;
  const at = new Date();
  const params = JSON.stringify(n.params);
  const values = ids.map((id) => Prisma.sql`(${id}, ${n.kind}, ${params}, ${n.link}, ${n.dedupeKey}, ${at}, 'PENDING')`);
  return db.$executeRaw`INSERT INTO "notifications" ("user_id", "kind", "params", "link", "dedupe_key", "created_at", "email_state")
    VALUES ${Prisma.join(values)} ON CONFLICT ("user_id", "dedupe_key") DO NOTHING`;
}

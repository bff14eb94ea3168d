// The administrator's notification settings: which events are sent, N days before the due date,
// and the SMTP server (unless the environment sets it). Stored in the settings table, so every
// app server and the cron command read the same values.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { NotificationSettings } from "@/lib/domain/notifications";
import type { MailSettingsInput } from "@/lib/validations/notifications";
import { recordAudit } from "../audit";
import { change, assertCan } from "../admin/run";
import { loadMailConfig, MAIL_SETTING_KEYS } from "./mail-config";
import { loadNotificationSettings, NOTIFICATION_SETTINGS_KEY } from "./store";

/** An SMTP URL with its password replaced, for display. */
export function redactSmtpUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+:)[^@]*@/, "$1***@");
}

export async function getNotificationAdmin(user: SessionUser) {
  assertCan(user, "user.manage");
  const [settings, mail, stored] = await Promise.all([
    loadNotificationSettings(db),
    loadMailConfig(db),
    db.setting.findMany({ where: { key: { in: Object.values(MAIL_SETTING_KEYS) } } }),
  ]);
  const value = (key: string) => stored.find((s) => s.key === key)?.value ?? "";
  return {
    settings,
    email: mail && { source: mail.source, smtpUrl: redactSmtpUrl(mail.smtpUrl), from: mail.from, baseUrl: mail.baseUrl },
    stored: { smtpUrl: redactSmtpUrl(value(MAIL_SETTING_KEYS.smtpUrl)), from: value(MAIL_SETTING_KEYS.from), baseUrl: value(MAIL_SETTING_KEYS.baseUrl) },
  };
}

export async function saveNotificationAdmin(user: SessionUser, settings: NotificationSettings, mail: MailSettingsInput) {
  return change(user, "user.manage", async (tx) => {
    const before = await loadNotificationSettings(tx);
    const value = JSON.stringify(settings);
    await tx.setting.upsert({ where: { key: NOTIFICATION_SETTINGS_KEY }, create: { key: NOTIFICATION_SETTINGS_KEY, value }, update: { value } });
    const entries: [string, string | null][] = [
      // An SMTP URL left blank keeps the stored one (the page never shows its password).
      [MAIL_SETTING_KEYS.smtpUrl, mail.smtpUrl],
      [MAIL_SETTING_KEYS.from, mail.from ?? ""],
      [MAIL_SETTING_KEYS.baseUrl, mail.baseUrl ?? ""],
    ];
    for (const [key, v] of entries) {
      if (v === null) continue;
      await tx.setting.upsert({ where: { key }, create: { key, value: v }, update: { value: v } });
    }
    await recordAudit(tx, user, {
      action: "settings.notifications",
      entityType: "Setting",
      entityId: NOTIFICATION_SETTINGS_KEY,
      before,
      after: { ...settings, smtpUrl: mail.smtpUrl === null ? undefined : redactSmtpUrl(mail.smtpUrl), from: mail.from, baseUrl: mail.baseUrl },
    });
    return settings;
  });
}

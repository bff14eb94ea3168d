// The notification forms: a user's own e-mail preferences, and the administrator's settings.
import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/domain/notifications";
import { LOCALES } from "@/lib/i18n/locales";
import { checkbox, optionalText, requiredEnum, requiredInt } from "./fields";

const emailAddress = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z.union([z.null(), z.string().trim().max(200, "admin.validation.tooLong").pipe(z.email("notifications.errors.email"))]).optional(),
).transform((v) => v ?? null);

export const preferencesSchema = z.object({
  email: emailAddress,
  locale: requiredEnum(LOCALES),
  emailEnabled: checkbox(),
  emailDigest: checkbox(),
});
export type PreferencesInput = z.output<typeof preferencesSchema>;

const smtpUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z.union([z.null(), z.string().trim().max(500, "admin.validation.tooLong").regex(/^smtps?:\/\/[^\s]+$/, "notifications.errors.smtpUrl")]).optional(),
).transform((v) => v ?? null);

export const notificationAdminSchema = z.object({
  ...(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [`event_${k}`, checkbox()])) as Record<`event_${NotificationKind}`, ReturnType<typeof checkbox>>),
  dueSoonDays: requiredInt(1, 30, "notifications.errors.days"),
  smtpUrl,
  from: optionalText(200),
  baseUrl: optionalText(300),
});
export type MailSettingsInput = { smtpUrl: string | null; from: string | null; baseUrl: string | null };

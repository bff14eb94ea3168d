// What the product tells whom, and when (pure rules; the data layer stores and delivers).
//   QUARTER_OPEN      a department: a quarter opened for entry
//   DUE_SOON          a department still owing figures N days before the due date
//   OVERDUE           a department still owing figures after the due day (Beijing time)
//   FIGURE_RETURNED   a department: a figure came back with the reviewer's comment
//   FIGURE_SUBMITTED  the offices above: a department submitted a quarter's figures
//   OFF_TRACK         everyone concerned: a target is off track
// Which events are sent, and N, are installation settings.
import { z } from "zod";
import { dueDayEnd } from "./reporting-deadline";

export const NOTIFICATION_KINDS = ["QUARTER_OPEN", "DUE_SOON", "OVERDUE", "FIGURE_RETURNED", "FIGURE_SUBMITTED", "OFF_TRACK"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationSettings {
  enabled: Record<NotificationKind, boolean>;
  /** DUE_SOON is sent this many days before the due date. */
  dueSoonDays: number;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  enabled: { QUARTER_OPEN: true, DUE_SOON: true, OVERDUE: true, FIGURE_RETURNED: true, FIGURE_SUBMITTED: true, OFF_TRACK: true },
  dueSoonDays: 3,
};

export const notificationSettingsSchema = z.object({
  enabled: z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<NotificationKind, z.ZodBoolean>),
  dueSoonDays: z.number().int().min(1, "notifications.errors.days").max(30, "notifications.errors.days"),
});

/** Stored settings (JSON) read leniently: anything unreadable falls back to the defaults. */
export function parseNotificationSettings(json: string | null | undefined): NotificationSettings {
  if (!json) return DEFAULT_NOTIFICATION_SETTINGS;
  try {
    const parsed = notificationSettingsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_SETTINGS;
  } catch {
    return DEFAULT_NOTIFICATION_SETTINGS;
  }
}

const DAY_MS = 24 * 3600_000;

/** Which deadline reminder applies to an open quarter now: none, DUE_SOON (within N days before the due day ends) or OVERDUE. */
export function deadlineReminder(dueDate: Date, now: Date, dueSoonDays: number): "DUE_SOON" | "OVERDUE" | null {
  const end = dueDayEnd(dueDate).getTime();
  if (now.getTime() >= end) return "OVERDUE";
  if (now.getTime() >= end - dueSoonDays * DAY_MS) return "DUE_SOON";
  return null;
}

/** The next daily run at `hourUtc`:00 UTC strictly after `now`. */
export function nextDailyRun(now: Date, hourUtc: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc);
  return new Date(today > now.getTime() ? today : today + DAY_MS);
}

"use server";
// Notification settings (administrator): parse → user → data layer (capability, audit) → revalidate.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { saveNotificationAdmin } from "@/lib/data/notifications/settings";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { notificationAdminSchema } from "@/lib/validations/notifications";

export async function saveNotificationSettings(_previous: Result<unknown> | null, formData: FormData): Promise<Result<unknown>> {
  const parsed = parseWith(notificationAdminSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const { dueSoonDays, smtpUrl, from, baseUrl } = parsed.data;
  const enabled = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, parsed.data[`event_${k}`]])) as Record<(typeof NOTIFICATION_KINDS)[number], boolean>;
  const result = await saveNotificationAdmin(await requireUser(), { enabled, dueSoonDays }, { smtpUrl, from, baseUrl });
  if (result.ok) revalidatePath("/admin/notifications");
  return result.ok ? { ok: true, data: null } : result;
}

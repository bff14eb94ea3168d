"use server";
// The user's own notifications and preferences: parse → user → data layer (keyed by the user's id) → revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { markNotificationsRead, updateNotificationPreferences } from "@/lib/data/notifications/inbox";
import type { Result } from "@/lib/result";
import { formToObject, parseWith } from "@/lib/validations/fields";
import { preferencesSchema } from "@/lib/validations/notifications";

const idsSchema = z.union([z.literal("all"), z.array(z.number().int().positive()).min(1).max(500)]);

export async function markRead(ids: unknown): Promise<Result<{ count: number }>> {
  const parsed = idsSchema.safeParse(ids);
  if (!parsed.success) return { ok: false, code: "INVALID" };
  const result = await markNotificationsRead(await requireUser(), parsed.data);
  revalidatePath("/", "layout");
  return result;
}

export async function savePreferences(_previous: Result<{ version: number }> | null, formData: FormData): Promise<Result<{ version: number }>> {
  const parsed = parseWith(preferencesSchema, formToObject(formData));
  if (!parsed.ok) return parsed;
  const result = await updateNotificationPreferences(await requireUser(), parsed.data);
  revalidatePath("/notifications/preferences");
  return result;
}

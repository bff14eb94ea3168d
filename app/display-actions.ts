"use server";
// Saves the signed-in user's display settings (larger text, high contrast): parse → user → data layer.
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { setDisplaySettings } from "@/lib/data/display-settings";
import type { Result } from "@/lib/result";
import { parseWith } from "@/lib/validations/fields";
import { displaySettingsSchema, type DisplaySettings } from "@/lib/validations/display";

export async function setDisplaySettingsAction(input: unknown): Promise<Result<DisplaySettings>> {
  const parsed = parseWith(displaySettingsSchema, input);
  if (!parsed.ok) return parsed;
  const saved = await setDisplaySettings(await requireUser(), parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, data: saved };
}

import { z } from "zod";

/** The display settings a user picks in the shell (issue 18, 适老化). */
export const displaySettingsSchema = z.object({
  largeText: z.boolean({ error: "admin.validation.required" }),
  highContrast: z.boolean({ error: "admin.validation.required" }),
});

export type DisplaySettings = z.infer<typeof displaySettingsSchema>;

export const DEFAULT_DISPLAY: DisplaySettings = { largeText: false, highContrast: false };

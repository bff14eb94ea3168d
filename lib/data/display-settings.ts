// The signed-in user's own display settings (larger text, high contrast): stored on the user's row,
// so they follow the user to any computer. A user reads and changes only their own.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { DEFAULT_DISPLAY, type DisplaySettings } from "@/lib/validations/display";
import { recordAudit } from "./audit";

/** Read once per request (the root layout and the shell both need them). */
export const getDisplaySettings = cache(async (user: Pick<SessionUser, "id">): Promise<DisplaySettings> => {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { largeText: true, highContrast: true } });
  return row ?? DEFAULT_DISPLAY;
});

export async function setDisplaySettings(user: SessionUser, settings: DisplaySettings): Promise<DisplaySettings> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { largeText: true, highContrast: true } });
    const after = await tx.user.update({ where: { id: user.id }, data: settings, select: { largeText: true, highContrast: true } });
    await recordAudit(tx, user, { action: "user.display", entityType: "User", entityId: user.id, before, after, regionPath: user.scopePath });
    return after;
  });
}

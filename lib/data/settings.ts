// Installation-wide settings stored in the database, so every app server sees the same values.
import "server-only";
import { db } from "@/lib/db";
import { DEMO_LOADED_SETTING } from "@/lib/demo-accounts";

export async function isDemoLoaded(): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: DEMO_LOADED_SETTING } });
  return row?.value === "true";
}

// Installation-wide settings stored in the database, so every app server sees the same values.
import "server-only";
import { db } from "@/lib/db";
import { DEMO_LOADED_SETTING } from "@/lib/demo-accounts";


export async function isDemoLoaded(): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: DEMO_LOADED_SETTING } });
  return row?.value === "true";
}

/** Names of the regions the demo accounts are scoped to, for the sign-in page. */
export async function listRegionNames(codes: readonly string[]) {
  const rows = await db.region.findMany({ where: { code: { in: [...codes] } }, select: { code: true, name: true, nameEn: true } });
  return new Map(rows.map((r) => [r.code, r]));
}

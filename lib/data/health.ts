// Database reachability for the health endpoint (no user: it is public and reveals nothing).
import "server-only";
import { db } from "@/lib/db";

export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await db.$queryRaw`SELECT 1`;
    await db.setting.count();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message.split("\n")[0] ?? "unknown" : "unknown" };
  }
}

// The session-signing secret: generated once and kept in the database, so every app server shares it.
import { randomBytes } from "node:crypto";
import type { DbClient } from "@/lib/db-client";

const KEY = "auth_secret";

export async function ensureAuthSecret(db: DbClient): Promise<string> {
  const existing = await db.setting.findUnique({ where: { key: KEY } });
  if (existing) return existing.value;
  const value = randomBytes(32).toString("base64url");
  // Two servers starting together: the first insert wins, and both read the stored value back.
  await db.setting.upsert({ where: { key: KEY }, update: {}, create: { key: KEY, value } });
  const stored = await db.setting.findUniqueOrThrow({ where: { key: KEY } });
  return stored.value;
}

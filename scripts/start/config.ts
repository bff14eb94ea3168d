// Reads and checks the environment, failing with a message that says what to fix.
import { ConfigError, databaseUrl, sqliteUrl } from "@/lib/db-url";

export interface StartConfig {
  port: number;
  databaseUrl: string;
  authSecret: string | null;
}

export function readConfig(env = process.env): StartConfig {
  const rawPort = env.PORT?.trim() || "3000";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 1 to 65535 (got "${rawPort}").`);
  }
  const secret = env.NEXTAUTH_SECRET?.trim() || null;
  if (secret !== null && secret.length < 32) {
    throw new ConfigError("NEXTAUTH_SECRET must be at least 32 characters; unset it to have one generated and stored.");
  }
  sqliteUrl();
  return { port, databaseUrl: databaseUrl(), authSecret: secret };
}

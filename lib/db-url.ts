// Resolves DATABASE_URL for the SQLite default; shared by the app, the CLI config and scripts.
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export class ConfigError extends Error {}

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The SQLite URL, or a clear error when DATABASE_URL names something this build cannot serve. */
export function sqliteUrl(): string {
  const url = databaseUrl();
  if (!url.startsWith("file:")) {
    throw new ConfigError(
      `DATABASE_URL must be a SQLite file URL such as "file:./prisma/dev.db" (got "${url.split(":")[0]}:…").`,
    );
  }
  return url;
}

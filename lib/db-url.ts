// Resolves DATABASE_URL: `postgresql://…` selects PostgreSQL, `file:…` or unset the SQLite default.
// Shared by the app, the CLI configs and scripts.
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export class ConfigError extends Error {}

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** Which database a URL names, or a clear error for anything else. */
export function databaseKindOf(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  throw new ConfigError(
    `DATABASE_URL must be a SQLite file URL such as "file:./prisma/dev.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/quality_targets" (got "${url.split(":")[0]}:…").`,
  );
}

/** The configured database's kind. */
export function databaseKind(): DatabaseKind {
  return databaseKindOf(databaseUrl());
}

/** The SQLite URL, or a clear error when DATABASE_URL names something else. */
export function sqliteUrl(): string {
  const url = databaseUrl();
  if (databaseKindOf(url) !== "sqlite") throw new ConfigError(`This command needs a SQLite DATABASE_URL such as "file:./prisma/dev.db".`);
  return url;
}

/** The PostgreSQL URL, or a clear error when DATABASE_URL names something else. */
export function postgresUrl(): string {
  const url = databaseUrl();
  if (databaseKindOf(url) !== "postgresql") throw new ConfigError(`This command needs a PostgreSQL DATABASE_URL such as "postgresql://user:password@host:5432/quality_targets".`);
  return url;
}

/** The file behind a "file:" URL, relative to the working directory as Prisma resolves it. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/** DATABASE_POOL_SIZE: connections each app server keeps to PostgreSQL (default 10). */
export function poolSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DATABASE_POOL_SIZE?.trim() || "10";
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 500) {
    throw new ConfigError(`DATABASE_POOL_SIZE must be a whole number from 1 to 500 (got "${raw}").`);
  }
  return size;
}

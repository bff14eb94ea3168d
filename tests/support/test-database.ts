// A real database for integration tests, migrated with the committed migrations: a SQLite file, or,
// when TEST_PG_URL names a PostgreSQL server (scripts/test.sh starts a throwaway one), a fresh
// database on it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseKindOf, sqliteFilePath } from "@/lib/db-url";
import { migrate } from "@/scripts/start/migrate";

const root = path.resolve(import.meta.dirname, "..", "..");

export function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export function createMigratedDatabase(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  removeDatabase(file);
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
}

/** postgresql://…/NAME on the server of `serverUrl` (any database on it). */
export function pgDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: pgDatabaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops the named database on the server (if it is there). */
export async function dropPgDatabase(serverUrl: string, name: string) {
  await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** A new, migrated database NAME on the server; returns its URL. */
export async function createMigratedPgDatabase(serverUrl: string, name: string): Promise<string> {
  await dropPgDatabase(serverUrl, name);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = pgDatabaseUrl(serverUrl, name);
  const cwd = process.cwd();
  process.chdir(root);
  try {
    migrate(url);
  } finally {
    process.chdir(cwd);
  }
  return url;
}

export interface DatabaseCopy {
  url: string;
  remove(): Promise<void>;
}

/**
 * A copy of the test database at `url` as it is now, for a test file whose changes the other files
 * must not see: SQLite, the file (with its WAL) beside it as NAME-SUFFIX.db; PostgreSQL, a database
 * NAME_SUFFIX made from it as a template (no other connection to it may be open: the files before
 * have ended, and PostgreSQL waits a few seconds for their connections to close).
 */
export async function copyTestDatabase(url: string, suffix: string): Promise<DatabaseCopy> {
  if (databaseKindOf(url) === "sqlite") {
    const source = sqliteFilePath(url);
    const file = source.replace(/\.db$/, `-${suffix}.db`);
    removeDatabase(file);
    fs.copyFileSync(source, file);
    if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${file}-wal`);
    return { url: `file:${file}`, remove: async () => removeDatabase(file) };
  }
  const source = new URL(url).pathname.slice(1);
  const name = `${source}_${suffix}`;
  await dropPgDatabase(url, name);
  await onServer(url, `CREATE DATABASE "${name}" TEMPLATE "${source}"`);
  return { url: pgDatabaseUrl(url, name), remove: () => dropPgDatabase(url, name) };
}

// One app server at a time migrates and seeds: a second one started at the same moment waits for the
// first instead of failing half-way through `migrate deploy` or loading the demo data twice.
// PostgreSQL: a session-level advisory lock. SQLite: an exclusive lock on a small side file
// (DB.start-lock); the operating system releases either when the holder exits or crashes.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKindOf, sqliteFilePath } from "@/lib/db-url";

/** pg_advisory_lock key: "quality-targets start-up" (any constant shared by every app server). */
const PG_LOCK_KEY = 7_214_606_001;
/** How long a server waits for another one's migration and seeding before giving up. */
export const STARTUP_LOCK_WAIT_MS = 15 * 60_000;

const WAITING = "Another app server is migrating or loading data into this database; waiting for it…";

async function withPgLock<T>(url: string, fn: () => Promise<T>, log: (line: string) => void): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PG_LOCK_KEY]);
    if (!rows[0]?.locked) {
      log(WAITING);
      await client.query(`SET statement_timeout = ${STARTUP_LOCK_WAIT_MS}`);
      await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
      await client.query("SET statement_timeout = 0");
    }
    try {
      return await fn();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** Runs `fn` holding an exclusive SQLite lock on `lockFile` (created if missing). */
export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>, log: (line: string) => void, waiting = WAITING): Promise<T> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const lock = new Database(lockFile, { timeout: 0 });
  try {
    try {
      lock.exec("BEGIN EXCLUSIVE");
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      log(waiting);
      lock.pragma(`busy_timeout = ${STARTUP_LOCK_WAIT_MS}`);
      lock.exec("BEGIN EXCLUSIVE");
    }
    try {
      return await fn();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}

/** Runs `fn` (migrate, seed) while holding the database's start-up lock. */
export function withStartupLock<T>(url: string, fn: () => Promise<T>, log: (line: string) => void = console.log): Promise<T> {
  return databaseKindOf(url) === "postgresql" ? withPgLock(url, fn, log) : withFileLock(`${path.resolve(sqliteFilePath(url))}.start-lock`, fn, log);
}

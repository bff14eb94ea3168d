// Online backup and restore of the SQLite database. The backup uses SQLite's backup API (through
// better-sqlite3), which copies a consistent snapshot while the app keeps reading and writing.
// PostgreSQL installations use pg_dump / pg_restore instead (./pg-backup.ts).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "@/lib/db-client";

export class BackupError extends Error {}

/** The SQLite file a DATABASE_URL names, or a clear refusal for what this tool cannot copy. */
export function sqliteFileOf(url: string): string {
  if (/^postgres(ql)?:/i.test(url)) {
    throw new BackupError(
      "DATABASE_URL names a PostgreSQL database: back it up with `pg_dump --format=custom --file=FILE \"$DATABASE_URL\"` and restore with `pg_restore --clean --dbname \"$DATABASE_URL\" FILE`.",
    );
  }
  if (!url.startsWith("file:")) throw new BackupError(`DATABASE_URL must be a SQLite file URL such as "file:./prisma/dev.db" (got "${url.split(":")[0]}:…").`);
  return path.resolve(url.slice("file:".length));
}

/** 2026-12-07T15:04:05.123Z → 20261207-150405 (UTC), sortable and safe in file names. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

/** Checks that a file is a whole SQLite database of this product (its migrations table is there). */
function checkDatabaseFile(file: string) {
  let db: Database.Database | null = null;
  try {
    // Opened for writing (nothing is written): a read-only connection would leave -wal/-shm files behind.
    db = new Database(file, { fileMustExist: true });
    const integrity = db.pragma("quick_check", { simple: true });
    if (integrity !== "ok") throw new BackupError(`${file} is damaged (${String(integrity)}).`);
    if (!db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()) {
      throw new BackupError(`${file} is not a database of this product (no _prisma_migrations table).`);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} is not a readable SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db?.close();
  }
}

/** Writes a consistent copy of the database to DIR/quality-targets-YYYYMMDD-HHMMSS.db and returns its path. */
export async function backupDatabase(url: string, dir: string, now = new Date()): Promise<string> {
  const source = sqliteFileOf(url);
  if (!fs.existsSync(source)) throw new BackupError(`There is no database at ${source}.`);
  fs.mkdirSync(dir, { recursive: true });
  let target = path.resolve(dir, `quality-targets-${backupStamp(now)}.db`);
  for (let n = 2; fs.existsSync(target); n++) target = path.resolve(dir, `quality-targets-${backupStamp(now)}-${n}.db`);
  const db = new Database(source, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  checkDatabaseFile(target);
  return target;
}

/** True when SQLite's side files exist: a process has the database open (or crashed with it open). */
export function looksInUse(file: string): boolean {
  return fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`);
}

/**
 * Replaces the database with a backup. Refuses while the database looks open unless forced, and keeps
 * the replaced database next to the backups first (returned as `previous`).
 */
export async function restoreDatabase(url: string, backupFile: string, options: { force?: boolean; keepDir: string }) {
  const target = sqliteFileOf(url);
  const source = path.resolve(backupFile);
  checkDatabaseFile(source);
  if (looksInUse(target) && !options.force) {
    throw new BackupError(
      `${target} looks in use (its -wal/-shm files exist). Stop the app first; if it is stopped (or crashed), run again with --force.`,
    );
  }
  const previous = fs.existsSync(target) ? await backupDatabase(url, options.keepDir) : null;
  const staging = `${target}.restoring`;
  fs.copyFileSync(source, staging);
  for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(staging, target);
  return { target, previous };
}

// Applies committed migrations; idempotent, so this runs on every start. SQLite: `prisma migrate
// deploy` when migrations are pending (deploy fails while another process has the file open), with a
// snapshot taken first and put back if one fails half-way (deploy does not undo that there). PostgreSQL: scripts/db-migrate.ts (the WebAssembly
// engine cannot run deploy there; each migration runs in one transaction), in a child process so
// that this stays synchronous for every caller, like deploy.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseKindOf, sqliteFilePath } from "@/lib/db-url";

export class MigrateFailed extends Error {}

const SQLITE_MIGRATIONS = path.join("prisma", "migrations");

/** Migrations not yet applied to an existing SQLite database with data (none for a new one). */
export function pendingSqliteMigrations(file: string, dir = SQLITE_MIGRATIONS): string[] {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return [];
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    const applied = new Set(
      hasTable ? db.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all().map((r) => (r as { name: string }).name) : [],
    );
    return fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")) && !applied.has(name));
  } finally {
    db.close();
  }
}

/** What `prisma migrate deploy` printed, shortened to its message lines. */
function deployOutput(error: unknown): string {
  const stderr = String((error as { stderr?: Buffer | string }).stderr ?? "");
  return stderr.split("\n").filter((line) => line.trim() && !/^(Loaded Prisma config|Prisma config detected)/.test(line)).join(" ").trim() || "no reason given";
}

/** The schema and the applied migrations of a SQLite file: what a migration changes. */
function schemaOf(file: string): string {
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    const schema = db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").all();
    const applied = db.prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name").all();
    return JSON.stringify([schema, applied]);
  } finally {
    db.close();
  }
}

function migrateSqlite(url: string) {
  const file = path.resolve(sqliteFilePath(url));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existing = fs.existsSync(file) && fs.statSync(file).size > 0;
  const pending = pendingSqliteMigrations(file);
  // Nothing to apply: deploy is not run, so starting while another server has the file open works.
  if (existing && pending.length === 0) return;
  const snapshot = existing ? `${file}.before-migration` : null;
  if (snapshot) {
    fs.rmSync(snapshot, { force: true });
    const db = new Database(file, { timeout: 10_000 });
    try {
      db.prepare("VACUUM INTO ?").run(snapshot);
    } finally {
      db.close();
    }
  }
  try {
    execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, DATABASE_URL: url } });
  } catch (error) {
    const reason = deployOutput(error);
    if (!snapshot) throw new MigrateFailed(`the database migrations did not apply (prisma migrate deploy: ${reason}).`);
    if (schemaOf(file) === schemaOf(snapshot)) {
      // Nothing was applied (typically: another app server has the file open); the data is untouched.
      fs.rmSync(snapshot, { force: true });
      throw new MigrateFailed(
        `the migration(s) ${pending.join(", ")} could not be applied (prisma migrate deploy: ${reason}). ` +
          "Nothing was changed. If another app server uses this database file, stop it, then start again.",
      );
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    fs.renameSync(snapshot, file);
    throw new MigrateFailed(
      `applying the migration(s) ${pending.join(", ")} failed (prisma migrate deploy: ${reason}). ` +
        "The database was put back as it was before the migrations; fix the migration (or the data it trips over) and start again.",
    );
  }
  if (snapshot) fs.rmSync(snapshot, { force: true });
}

/** Brings the database named by the URL up to the committed migrations. */
export function migrate(url: string) {
  if (databaseKindOf(url) === "sqlite") return migrateSqlite(url);
  try {
    execFileSync(path.join("node_modules", ".bin", "tsx"), [path.join("scripts", "db-migrate.ts")], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DATABASE_URL: url } });
  } catch {
    throw new MigrateFailed("the database migrations did not apply (the reason is printed above).");
  }
}

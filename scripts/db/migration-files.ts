// Writes migration folders from `prisma migrate diff` between two schemas: `migrate dev` needs a
// shadow database the WebAssembly engine cannot provide. Used by db:new-migration and db:sync-pg.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const SQLITE_MIGRATIONS_DIR = path.join("prisma", "migrations");

/** A migration name as the scripts accept it, or null. */
export function parseMigrationName(value: string | undefined): string | null {
  return value && /^[a-z0-9_]+$/.test(value) ? value : null;
}

/** 2026-12-07T15:04:05Z → 20261207150405, the folder prefix Prisma uses. */
export function migrationStamp(now = new Date()): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

/** A file as committed at HEAD, written to a temporary file; null when HEAD does not have it. */
export function committedCopy(file: string): string | null {
  let text: Buffer;
  try {
    text = execFileSync("git", ["show", `HEAD:${file.split(path.sep).join("/")}`], { stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
  fs.writeFileSync(copy, text);
  return copy;
}

/** The SQL that turns the `from` schema (null: an empty database) into the `to` schema; "" when none. */
export function diffSchemas(from: string | null, to: string): string {
  const args = ["migrate", "diff", "--to-schema-datamodel", to, "--script", ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"])];
  const sql = execFileSync(path.join("node_modules", ".bin", "prisma"), args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return !sql.trim() || /This is an empty migration/.test(sql) ? "" : sql;
}

/** Writes DIR/<stamp>_<name>/migration.sql (and the lock file on a first migration); returns the file. */
export function writeMigration(dir: string, folder: string, sql: string, provider: "sqlite" | "postgresql"): string {
  const file = path.join(dir, folder, "migration.sql");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, sql);
  const lock = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, `provider = "${provider}"\n`);
  return file;
}

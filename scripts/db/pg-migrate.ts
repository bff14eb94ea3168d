// Applies the committed PostgreSQL migrations (prisma/postgres/migrations). `prisma migrate deploy`
// fails on PostgreSQL through the WebAssembly engine, so each pending migration runs here in ONE
// transaction together with its row in Prisma's standard `_prisma_migrations` table (same columns,
// same sha256 checksum as `prisma migrate resolve --applied` writes): a failing migration is rolled
// back completely and start-up stops with the statement's error; `prisma migrate status` keeps working.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const PG_MIGRATIONS_DIR = path.join("prisma", "postgres", "migrations");

export class MigrationError extends Error {}

// Prisma's own definition of the table (schema engine, PostgreSQL flavour).
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface PgMigration {
  name: string;
  sql: string;
  checksum: string;
}

/** The committed migrations, oldest first. */
export function readPgMigrations(dir = PG_MIGRATIONS_DIR): PgMigration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Where in the migration a PostgreSQL error points, as "line N". */
function lineOf(sql: string, error: unknown): string {
  const position = Number((error as { position?: string }).position);
  if (!Number.isInteger(position) || position < 1) return "";
  return ` (line ${sql.slice(0, position).split("\n").length})`;
}

/**
 * Applies every pending migration on an open connection; returns the names applied. The caller holds
 * the start-up lock, so no other server migrates at the same time.
 */
export async function applyPgMigrations(client: pg.Client, migrations: readonly PgMigration[] = readPgMigrations()): Promise<string[]> {
  await client.query(MIGRATIONS_TABLE);
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    try {
      await client.query("BEGIN");
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(
        `Migration ${migration.name} failed${lineOf(migration.sql, error)}: ${reason}. It was rolled back; the database is as it was before it. ` +
          `Fix the migration (or the data it trips over) and start again.`,
      );
    }
    done.push(migration.name);
  }
  return done;
}

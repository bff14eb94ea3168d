// Migrates the database named by the URL and loads the province into it; refuses a database that
// already has data unless `reset` empties it first (SQLite: deletes the file; PostgreSQL: drops and
// recreates the public schema). Shared by `db:seed` and `npm run bench`.
import fs from "node:fs";
import pg from "pg";
import { createDbClient } from "@/lib/db-client";
import { databaseKindOf } from "@/lib/db-url";
import { migrate } from "@/scripts/start/migrate";
import { seedProvince } from "./index";

/** The file behind a "file:" URL, relative to the working directory as Prisma resolves it. */
export function databaseFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/** Drops every table of a PostgreSQL database (the public schema) so that the migrations start afresh. */
async function emptyPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}

export async function loadProvince(url: string, { reset = false } = {}) {
  const postgres = databaseKindOf(url) === "postgresql";
  // The database as people name it, without a password.
  const file = postgres ? url.replace(/\/\/[^@/]*@/, "//") : databaseFile(url);
  if (reset && postgres) await emptyPostgres(url);
  else if (reset) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const started = Date.now();
  migrate(url);
  console.log(`Province data set → ${file}`);
  console.log(`  ${"migrate".padEnd(22)} ${String(Date.now() - started).padStart(6)} ms`);
  const db = createDbClient(url);
  try {
    const regions = await db.region.count();
    if (regions > 0) {
      throw new Error(`${file} already has data (${regions} regions). Point DATABASE_URL at a new database, or add --reset to empty this one and start afresh.`);
    }
    const r = await seedProvince(db);
    console.log(
      `Province loaded: ${r.regions} regions, ${r.indicators} indicators, ${r.targets} targets, ${r.figures} figures, ` +
        `${r.evaluations} evaluations in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await db.$disconnect();
  }
}

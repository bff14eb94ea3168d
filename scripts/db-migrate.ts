// `npm run db:migrate`: applies pending migrations to the database DATABASE_URL names (SQLite or
// PostgreSQL). `npm start` does the same on every start.
import pg from "pg";
import { databaseKind, databaseUrl } from "@/lib/db-url";
import { applyPgMigrations, MigrationError } from "./db/pg-migrate";
import { migrate } from "./start/migrate";

async function main() {
  if (databaseKind() === "sqlite") return migrate(databaseUrl());
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const applied = await applyPgMigrations(client);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}.`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof MigrationError ? error.message : `Cannot migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// `npm run db:sync-pg -- NAME`: after a merge brought SQLite-only schema changes and migrations,
// regenerates prisma/postgres/schema.prisma from prisma/schema.prisma and writes ONE PostgreSQL
// migration for the difference between HEAD's PostgreSQL schema (what its migrations produce) and it.
import { PG_MIGRATIONS_DIR } from "./db/pg-migrate";
import { PG_SCHEMA, writePgSchema } from "./db/pg-schema";
import { committedCopy, diffSchemas, migrationStamp, parseMigrationName, writeMigration } from "./db/migration-files";

const name = parseMigrationName(process.argv[2]);
if (!name) {
  console.error("Usage: npm run db:sync-pg -- <snake_case_name>");
  process.exit(1);
}

writePgSchema();
const sql = diffSchemas(committedCopy(PG_SCHEMA), PG_SCHEMA);
if (!sql) {
  console.log(`${PG_SCHEMA} matches HEAD's: no PostgreSQL migration needed.`);
} else {
  console.log(`Wrote ${writeMigration(PG_MIGRATIONS_DIR, `${migrationStamp()}_${name}`, sql, "postgresql")}`);
  console.log("Check it (triggers and data moves are not in the diff; compare with the SQLite migrations merged), then commit it with the schema.");
}

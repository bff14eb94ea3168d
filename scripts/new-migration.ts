// Writes a new migration for BOTH databases from the difference between the committed schema and the
// working one, and regenerates the PostgreSQL schema:
//   npm run db:new-migration -- add_api_tokens
// SQLite: HEAD's prisma/schema.prisma → the working one. PostgreSQL: HEAD's prisma/postgres/schema.prisma
// (what the PostgreSQL migrations produce) → the one generated now.
import { PG_MIGRATIONS_DIR } from "./db/pg-migrate";
import { PG_SCHEMA, SQLITE_SCHEMA, writePgSchema } from "./db/pg-schema";
import { committedCopy, diffSchemas, migrationStamp, parseMigrationName, SQLITE_MIGRATIONS_DIR, writeMigration } from "./db/migration-files";

const name = parseMigrationName(process.argv[2]);
if (!name) {
  console.error("Usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(1);
}

const sqliteSql = diffSchemas(committedCopy(SQLITE_SCHEMA), SQLITE_SCHEMA);
if (!sqliteSql) {
  console.error("No schema changes since HEAD: nothing to write.");
  process.exit(1);
}
const folder = `${migrationStamp()}_${name}`;
console.log(`Wrote ${writeMigration(SQLITE_MIGRATIONS_DIR, folder, sqliteSql, "sqlite")}`);
writePgSchema();
const pgSql = diffSchemas(committedCopy(PG_SCHEMA), PG_SCHEMA);
if (pgSql) console.log(`Wrote ${writeMigration(PG_MIGRATIONS_DIR, folder, pgSql, "postgresql")}`);
console.log(`Regenerated ${PG_SCHEMA}. Check both files (triggers and data moves are not in the diff), then run \`npx prisma generate && npx prisma generate --config prisma.pg.config.ts\`.`);

// `npm run db:backup [-- DIR]` writes a consistent copy of the database while the app runs (default
// folder backups/); `npm run db:restore -- FILE [--force]` puts one back (stop the app first).
// SQLite: SQLite's online backup. PostgreSQL: pg_dump / pg_restore (a clear message where not installed).
import path from "node:path";
import { databaseKind, databaseUrl } from "@/lib/db-url";
import { BackupError, backupDatabase, restoreDatabase } from "./db/backup";
import { backupPostgres, restorePostgres } from "./db/pg-backup";

const DEFAULT_DIR = "backups";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const args = rest.filter((a) => !a.startsWith("--"));
  const postgres = databaseKind() === "postgresql";
  if (command === "backup") {
    const dir = args[0] ?? DEFAULT_DIR;
    const file = postgres ? backupPostgres(databaseUrl(), dir) : await backupDatabase(databaseUrl(), dir);
    console.log(`Backup written: ${path.relative(process.cwd(), file)}`);
    console.log("It holds the session-signing secret: keep it as safe as the database (see README).");
  } else if (command === "restore" && args[0]) {
    const options = { force: rest.includes("--force"), keepDir: DEFAULT_DIR };
    const { target, previous } = postgres ? await restorePostgres(databaseUrl(), args[0], options) : await restoreDatabase(databaseUrl(), args[0], options);
    if (previous) console.log(`The replaced database was kept as ${path.relative(process.cwd(), previous)}.`);
    console.log(`Restored ${postgres ? target : path.relative(process.cwd(), target)} from ${args[0]}. Start the app again.`);
  } else {
    throw new BackupError("Usage: npm run db:backup [-- DIR]  |  npm run db:restore -- FILE [--force]");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});

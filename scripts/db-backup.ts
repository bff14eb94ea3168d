// `npm run db:backup [-- DIR]` writes a consistent copy of the database while the app runs (default
// folder backups/); `npm run db:restore -- FILE [--force]` puts one back (stop the app first).
import path from "node:path";
import { databaseUrl } from "@/lib/db-url";
import { BackupError, backupDatabase, restoreDatabase } from "./db/backup";

const DEFAULT_DIR = "backups";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const args = rest.filter((a) => !a.startsWith("--"));
  if (command === "backup") {
    const file = await backupDatabase(databaseUrl(), args[0] ?? DEFAULT_DIR);
    console.log(`Backup written: ${path.relative(process.cwd(), file)}`);
    console.log("It holds the session-signing secret: keep it as safe as the database (see README).");
  } else if (command === "restore" && args[0]) {
    const { target, previous } = await restoreDatabase(databaseUrl(), args[0], { force: rest.includes("--force"), keepDir: DEFAULT_DIR });
    if (previous) console.log(`The replaced database was kept as ${path.relative(process.cwd(), previous)}.`);
    console.log(`Restored ${path.relative(process.cwd(), target)} from ${args[0]}. Start the app again.`);
  } else {
    throw new BackupError("Usage: npm run db:backup [-- DIR]  |  npm run db:restore -- FILE [--force]");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
});

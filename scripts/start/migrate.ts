// Applies committed migrations; idempotent, so this runs on every start. SQLite: `prisma migrate
// deploy`. PostgreSQL: scripts/db-migrate.ts (the WebAssembly engine cannot run deploy there), in a
// child process so that this stays synchronous for every caller, like deploy.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseKindOf, sqliteFilePath } from "@/lib/db-url";

export class MigrateFailed extends Error {}

/** Brings the database named by the URL up to the committed migrations. */
export function migrate(url: string) {
  const postgres = databaseKindOf(url) === "postgresql";
  if (!postgres) fs.mkdirSync(path.dirname(path.resolve(sqliteFilePath(url))), { recursive: true });
  const [command, args] = postgres
    ? [path.join("node_modules", ".bin", "tsx"), [path.join("scripts", "db-migrate.ts")]]
    : [path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"]];
  try {
    execFileSync(command, args, { stdio: ["ignore", postgres ? "inherit" : "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url } });
  } catch {
    throw new MigrateFailed("the database migrations did not apply (the reason is printed above).");
  }
}

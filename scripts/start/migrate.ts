// Applies committed migrations; `prisma migrate deploy` is idempotent, so this runs on every start.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function migrate(databaseUrl: string) {
  const file = databaseUrl.replace(/^file:/, "");
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

// Migrates the database named by the URL and loads the province into it; refuses a database that
// already has data unless `reset` deletes the file first. Shared by `db:seed` and `npm run bench`.
import fs from "node:fs";
import { createDbClient } from "@/lib/db-client";
import { migrate } from "@/scripts/start/migrate";
import { seedProvince } from "./index";

/** The file behind a "file:" URL, relative to the working directory as Prisma resolves it. */
export function databaseFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

export async function loadProvince(url: string, { reset = false } = {}) {
  const file = databaseFile(url);
  if (reset) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const started = Date.now();
  migrate(url);
  console.log(`Province data set → ${file}`);
  console.log(`  ${"migrate".padEnd(22)} ${String(Date.now() - started).padStart(6)} ms`);
  const db = createDbClient(url);
  try {
    const regions = await db.region.count();
    if (regions > 0) {
      throw new Error(`${file} already has data (${regions} regions). Point DATABASE_URL at a new file, or add --reset to delete this one and start afresh.`);
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

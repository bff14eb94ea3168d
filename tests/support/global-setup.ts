// Vitest global setup: the worker threads' bundles, and one migrated database (a SQLite file, or a
// PostgreSQL database when TEST_PG_URL is set), seeded with the same demo factories as `npm start`,
// shared by the integration tests of this run and removed afterwards.
import { createDbClient } from "@/lib/db-client";
import { buildWorkers } from "@/scripts/start/build-workers";
import { seedDemo } from "@/prisma/seed/demo";
import { createMigratedDatabase, createMigratedPgDatabase, dropPgDatabase, removeDatabase } from "./test-database";

export default async function setup() {
  // The worker threads load their bundles, as in production (lib/workers/worker-files.ts).
  buildWorkers();
  const file = process.env.INTEGRATION_DB;
  const pgServer = process.env.TEST_PG_URL;
  const pgName = process.env.INTEGRATION_PG_DB;
  if (!file || !pgName) throw new Error("INTEGRATION_DB and INTEGRATION_PG_DB are set by tests/vitest.config.mts");
  const url = pgServer ? await createMigratedPgDatabase(pgServer, pgName) : (createMigratedDatabase(file), `file:${file}`);
  const db = createDbClient(url);
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  await db.$disconnect();
  return async () => {
    if (pgServer) await dropPgDatabase(pgServer, pgName);
    else removeDatabase(file);
  };
}

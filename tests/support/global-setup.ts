// Vitest global setup: the worker threads' bundles, and one migrated database file, seeded with the same demo factories as
// `npm start`, shared by the integration tests of this run and removed afterwards.
import { createDbClient } from "@/lib/db-client";
import { buildWorkers } from "@/scripts/start/build-workers";
import { seedDemo } from "@/prisma/seed/demo";
import { createMigratedDatabase, removeDatabase } from "./test-database";

export default async function setup() {
  // The worker threads load their bundles, as in production (lib/workers/worker-files.ts).
  buildWorkers();
  const file = process.env.INTEGRATION_DB;
  if (!file) throw new Error("INTEGRATION_DB is set by tests/vitest.config.mts");
  createMigratedDatabase(file);
  const db = createDbClient(`file:${file}`);
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  await db.$disconnect();
  return () => removeDatabase(file);
}

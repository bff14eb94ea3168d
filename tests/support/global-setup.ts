// Vitest global setup: one migrated database file, seeded with the same demo factories as
// `npm start`, shared by the integration tests of this run and removed afterwards.
import { createDbClient } from "@/lib/db-client";
import { seedDemo } from "@/prisma/seed/demo";
import { createMigratedDatabase, removeDatabase } from "./test-database";

export default async function setup() {
  const file = process.env.INTEGRATION_DB;
  if (!file) throw new Error("INTEGRATION_DB is set by tests/vitest.config.mts");
  createMigratedDatabase(file);
  const db = createDbClient(`file:${file}`);
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  await db.$disconnect();
  return () => removeDatabase(file);
}

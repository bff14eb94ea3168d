import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
// One database file per run, so that parallel runs on the same machine never share it.
const integrationDb = path.join(root, "tests", ".tmp", `integration-${process.pid}.db`);
process.env.INTEGRATION_DB = integrationDb;
// TEST_PG_URL (a PostgreSQL server, as scripts/test.sh starts one) runs the same tests on PostgreSQL.
const integrationPgDb = `integration_${process.pid}`;
process.env.INTEGRATION_PG_DB = integrationPgDb;
function pgUrl(server: string): string {
  const url = new URL(server);
  url.pathname = `/${integrationPgDb}`;
  return url.toString();
}
const databaseUrl = process.env.TEST_PG_URL ? pgUrl(process.env.TEST_PG_URL) : `file:${integrationDb}`;

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    env: { DATABASE_URL: databaseUrl },
    // Integration tests share one database file; run files one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    // Set-up hooks import every route module or build fixtures: slow on a loaded machine, never a hang.
    hookTimeout: 60_000,
  },
});

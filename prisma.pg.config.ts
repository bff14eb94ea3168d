// Prisma CLI configuration for PostgreSQL (DATABASE_URL=postgresql://…): the generated twin schema,
// its own migrations, and the pg driver adapter. `allowExitOnIdle` lets CLI commands exit at once.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { postgresUrl } from "./lib/db-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    return new PrismaPg({ connectionString: postgresUrl(), allowExitOnIdle: true });
  },
});

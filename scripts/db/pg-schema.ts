// The PostgreSQL schema is generated from the SQLite one: the model blocks are copied verbatim and
// only the generator and datasource blocks differ. `npm run db:pg-schema` rewrites the file; a unit
// test fails when the committed file has drifted from prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const PG_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const PG_HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg-schema\`: do not edit by hand.
// Only the generator and datasource differ; the model blocks are copied verbatim.

generator client {
  provider   = "prisma-client"
  output     = "../../generated/prisma-pg"
  engineType = "client"
}

datasource db {
  provider = "postgresql"
  // A literal is required here; the adapter in prisma.pg.config.ts / lib/db-client.ts picks the real server.
  url      = "postgresql://localhost/quality_targets"
}
`;

/** The schema without its leading comments and its generator/datasource blocks: enums and models. */
export function modelBlocks(schema: string): string {
  const withoutConfig = schema.replace(/^(generator|datasource)\s+\w+\s*\{[^}]*\}\s*$/gm, "");
  const start = withoutConfig.search(/^(model|enum|type|view)\s/m);
  if (start < 0) throw new Error("The schema has no model or enum blocks.");
  return withoutConfig.slice(start).trimEnd() + "\n";
}

/** The PostgreSQL twin of a SQLite schema. */
export function pgSchemaOf(sqliteSchema: string): string {
  return `${PG_HEADER}\n${modelBlocks(sqliteSchema)}`;
}

/** Rewrites prisma/postgres/schema.prisma from prisma/schema.prisma; true when the file changed. */
export function writePgSchema(root = process.cwd()): boolean {
  const next = pgSchemaOf(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  const target = path.join(root, PG_SCHEMA);
  const previous = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  if (previous === next) return false;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, next);
  return true;
}

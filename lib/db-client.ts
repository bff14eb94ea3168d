// Creates a Prisma client for the configured database. Used by the app (lib/db.ts) and by scripts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { sqliteUrl } from "./db-url";

export type DbClient = ReturnType<typeof createDbClient>;

export function createDbClient(url: string = sqliteUrl()) {
  return new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url }),
    // Password hashes never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

/** The client handed to an interactive transaction's callback. */
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

/** What seeding and data functions need: a client or a transaction. */
export type DbWriter = DbClient | DbTransaction;

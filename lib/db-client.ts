// Creates a Prisma client for the configured database. Used by the app (lib/db.ts) and by scripts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { sqliteUrl } from "./db-url";

export type DbClient = ReturnType<typeof createDbClient>;

/** How long a statement waits for another connection's write lock before failing with "database is locked". */
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * The better-sqlite3 adapter with the database in WAL mode: readers never wait for the writer, a
 * backup can be taken while the app runs, and a crash mid-write loses nothing committed. The mode is
 * stored in the file, so setting it on every connection costs nothing after the first.
 */
class WalSqliteAdapterFactory extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA journal_mode = WAL;");
    return adapter;
  }
}

export function createDbClient(url: string = sqliteUrl()) {
  return new PrismaClient({
    adapter: new WalSqliteAdapterFactory({ url, timeout: BUSY_TIMEOUT_MS }),
    // Password hashes never leave the data layer unless a query asks for them explicitly.
    omit: { user: { passwordHash: true }, passwordHistory: { passwordHash: true } },
  });
}

/** The client handed to an interactive transaction's callback. */
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

/** What seeding and data functions need: a client or a transaction. */
export type DbWriter = DbClient | DbTransaction;

/**
 * Refreshes SQLite's table statistics where they are missing or stale (`PRAGMA optimize` over every
 * table), so the query planner picks the indexes it should: without statistics it scans every
 * cached evaluation to find one region's. Run on start and after bulk loads; about 0.3 s on the
 * province data set, nothing when the statistics are current.
 */
export async function optimizeDatabase(db: DbClient) {
  await db.$queryRawUnsafe("PRAGMA optimize=0x10002");
}

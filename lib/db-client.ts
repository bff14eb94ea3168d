// Creates a Prisma client for the configured database: SQLite (the default: `file:` or unset) or
// PostgreSQL (`postgresql://`). Used by the app (lib/db.ts) and by scripts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { databaseKindOf, databaseUrl, poolSize, type DatabaseKind } from "./db-url";

/**
 * The client type the code is written against. Both generated clients come from identical model
 * blocks (a unit test keeps them so), so the PostgreSQL client has the same API; the SQLite client's
 * type is the common denominator (no `mode: "insensitive"`, no `skipDuplicates`: see lib/data/dialect.ts).
 */
export type DbClient = ReturnType<typeof createSqliteClient>;

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

// Password hashes, TOTP secrets and recovery-code hashes never leave the data layer unless a query asks for them explicitly.
const omit = {
  user: { passwordHash: true, totpSecret: true },
  passwordHistory: { passwordHash: true },
  recoveryCode: { codeHash: true },
  signInChallenge: { enrolSecret: true },
} as const;

function createSqliteClient(url: string) {
  return new PrismaClient({ adapter: new WalSqliteAdapterFactory({ url, timeout: BUSY_TIMEOUT_MS }), omit });
}

function createPostgresClient(url: string): DbClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize(), allowExitOnIdle: true });
  // Same models, same API (see DbClient); only the generated class differs.
  return new PgPrismaClient({ adapter, omit }) as unknown as DbClient;
}

const kinds = new WeakMap<object, DatabaseKind>();

export function createDbClient(url: string = databaseUrl()): DbClient {
  const kind = databaseKindOf(url);
  const client = kind === "postgresql" ? createPostgresClient(url) : createSqliteClient(url);
  kinds.set(client, kind);
  return client;
}

/** Which database a client made by createDbClient talks to. */
export function databaseKindOfClient(db: DbClient): DatabaseKind {
  return kinds.get(db) ?? databaseKindOf(databaseUrl());
}

/** The client handed to an interactive transaction's callback. */
export type DbTransaction = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

/** What seeding and data functions need: a client or a transaction. */
export type DbWriter = DbClient | DbTransaction;

/**
 * Refreshes the query planner's table statistics where they are missing or stale, so it picks the
 * indexes it should: without statistics SQLite scans every cached evaluation to find one region's.
 * Run on start and after bulk loads. SQLite: `PRAGMA optimize` (about 0.3 s on the province data set,
 * nothing when current); PostgreSQL: `ANALYZE` (autovacuum keeps it current afterwards).
 */
export async function optimizeDatabase(db: DbClient) {
  if (databaseKindOfClient(db) === "postgresql") await db.$executeRawUnsafe("ANALYZE");
  else await db.$queryRawUnsafe("PRAGMA optimize=0x10002");
}

// The database of the app server under test, for the few specs that must set up or read what no page
// shows: the SQLite file under tests/.tmp, or E2E_DATABASE_URL (a fresh PostgreSQL database that
// scripts/test.sh creates), the URL tests/playwright.config.ts gives the server. Plain SQL through the
// database's own driver: Playwright's loader cannot import the generated Prisma clients (ES modules).
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKindOf, sqliteFilePath } from "@/lib/db-url";

export const e2eDatabaseFile = path.resolve(__dirname, "..", "..", ".tmp", "e2e.db");
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? `file:${e2eDatabaseFile}`;

export type SqlParam = string | number | boolean | Date | null;

export interface E2eDatabase {
  /**
   * The rows of a statement (none for one that returns nothing), with `?` placeholders on either
   * database (so no other `?` in the SQL). Write SQL both accept: double-quoted aliases (PostgreSQL
   * folds bare ones to lower case), `RETURNING id` for a new row's id. Dates and booleans are stored
   * as the app's Prisma client stores them.
   */
  query<Row>(sql: string, ...params: SqlParam[]): Promise<Row[]>;
  /** The one row a statement returns, or an error naming the statement. */
  one<Row>(sql: string, ...params: SqlParam[]): Promise<Row>;
  /** The `id` column of the one row a statement returns. */
  id(sql: string, ...params: SqlParam[]): Promise<number>;
}

function sqliteDatabase(file: string): E2eDatabase & { close(): Promise<void> } {
  const db = new Database(file, { fileMustExist: true });
  db.pragma("busy_timeout = 10000");
  // The Prisma SQLite adapter's storage: ISO 8601 text with "+00:00", booleans as 0/1.
  const value = (param: SqlParam) => (param instanceof Date ? param.toISOString().replace("Z", "+00:00") : typeof param === "boolean" ? Number(param) : param);
  const query = async <Row>(sql: string, ...params: SqlParam[]) => {
    const statement = db.prepare(sql);
    const values = params.map(value);
    if (statement.reader) return statement.all(...values) as Row[];
    statement.run(...values);
    return [];
  };
  return {
    ...readers(query),
    close: async () => {
      db.close();
    },
  };
}

async function postgresDatabase(url: string): Promise<E2eDatabase & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const query = async <Row>(sql: string, ...params: SqlParam[]) => {
    let n = 0;
    const result = await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
    return result.rows as Row[];
  };
  return { ...readers(query), close: () => client.end() };
}

function readers(query: E2eDatabase["query"]): E2eDatabase {
  const one = async <Row>(sql: string, ...params: SqlParam[]) => {
    const [row] = await query<Row>(sql, ...params);
    if (!row) throw new Error(`no row for: ${sql} [${params.join(", ")}]`);
    return row;
  };
  const id = async (sql: string, ...params: SqlParam[]) => (await one<{ id: number }>(sql, ...params)).id;
  return { query, one, id };
}

/** Opens the e2e database, hands it to `work`, and closes it again. */
export async function withE2eDatabase<T>(work: (db: E2eDatabase) => Promise<T>): Promise<T> {
  const db = databaseKindOf(e2eDatabaseUrl) === "sqlite" ? sqliteDatabase(sqliteFilePath(e2eDatabaseUrl)) : await postgresDatabase(e2eDatabaseUrl);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

// The one PrismaClient of the app process. Only lib/data (and prisma/, scripts/) may import it.
import "server-only";
import { createDbClient, type DbClient } from "./db-client";

const globalForDb = globalThis as unknown as { db?: DbClient };

export const db: DbClient = globalForDb.db ?? createDbClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

// `npm run db:pg-schema`: rewrites prisma/postgres/schema.prisma from prisma/schema.prisma.
import { PG_SCHEMA, writePgSchema } from "./db/pg-schema";

console.log(writePgSchema() ? `Wrote ${PG_SCHEMA}.` : `${PG_SCHEMA} is up to date.`);

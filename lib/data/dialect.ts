// What differs between SQLite and PostgreSQL in the data layer's own SQL and filters, in one place.
// The app serves one database, named by DATABASE_URL (lib/db-url.ts); everything else is written in
// SQL both accept (double-quoted names, CASE, LIKE … ESCAPE, INSERT … RETURNING, UPDATE … FROM).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { databaseKind } from "@/lib/db-url";

export function isPostgres(): boolean {
  return databaseKind() === "postgresql";
}

/**
 * A bound value for a column of a Prisma enum: PostgreSQL's columns have the enum's own type, which
 * a text parameter in a VALUES list does not turn into by itself; SQLite stores the name as text
 * (and a CAST there would make it a number).
 */
export function enumParam(value: string, enumName: string): Prisma.Sql {
  if (!/^[A-Z][A-Za-z]*$/.test(enumName)) throw new Error(`Not an enum name: ${enumName}`);
  return isPostgres() ? Prisma.sql`CAST(${value} AS "${Prisma.raw(enumName)}")` : Prisma.sql`${value}`;
}

/**
 * Bound numbers in a VALUES list: PostgreSQL types an untyped parameter there as text. Both read
 * DOUBLE PRECISION (SQLite: REAL affinity) and INTEGER.
 */
export function realParam(value: number | null): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS DOUBLE PRECISION)`;
}

export function intParam(value: number | null): Prisma.Sql {
  return Prisma.sql`CAST(${value} AS INTEGER)`;
}

/**
 * A case-insensitive "starts with" filter for Prisma: SQLite's LIKE ignores ASCII case already,
 * PostgreSQL's does not unless asked (`mode: "insensitive"`, which the SQLite client's types lack).
 */
export function startsWithIgnoringCase(value: string): { startsWith: string } {
  return isPostgres() ? ({ startsWith: value, mode: "insensitive" } as { startsWith: string }) : { startsWith: value };
}

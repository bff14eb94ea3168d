// Helpers for statements of the data layer: plain-SQL patterns (SQLite and PostgreSQL alike) and
// lists of ids split to stay under SQLite's 999 bound parameters.
import "server-only";

/** A LIKE pattern matching strings that start with `prefix` (use with ESCAPE '\'): a region path and everything below it. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Ids per statement: well below SQLite's 999 bound parameters. */
export const IDS_PER_STATEMENT = 500;

/** The distinct ids in lists of at most IDS_PER_STATEMENT, one per statement. */
export function idChunks(ids: readonly number[] | undefined): number[][] {
  const unique = [...new Set(ids ?? [])];
  return Array.from({ length: Math.ceil(unique.length / IDS_PER_STATEMENT) }, (_, i) => unique.slice(i * IDS_PER_STATEMENT, (i + 1) * IDS_PER_STATEMENT));
}

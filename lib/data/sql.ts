// Helpers for statements of the data layer: plain-SQL patterns (SQLite and PostgreSQL alike).
import "server-only";

/** A LIKE pattern matching strings that start with `prefix` (use with ESCAPE '\'): a region path and everything below it. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

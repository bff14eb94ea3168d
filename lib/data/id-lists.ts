// Lists of ids that grow with the installation (targets, regions, figures) never become one
// statement's parameters: Prisma allows SQLite 999 bound parameters per statement (PostgreSQL 32767)
// and refuses longer lists wherever it cannot split them itself (an orderBy, two lists, updateMany,
// deleteMany, count). Prefer a relation filter (a subquery) where the set has a `where`; split the
// list with these helpers where it was computed in code. No `server-only`: the seed uses them too.

/** Ids per statement: well below SQLite's 999 bound parameters, leaving room for a small second list (indicators). */
export const IDS_PER_STATEMENT = 500;

/** The distinct ids in lists of at most IDS_PER_STATEMENT, one per statement. */
export function idChunks(ids: Iterable<number> | undefined): number[][] {
  const unique = [...new Set(ids ?? [])];
  return Array.from({ length: Math.ceil(unique.length / IDS_PER_STATEMENT) }, (_, i) => unique.slice(i * IDS_PER_STATEMENT, (i + 1) * IDS_PER_STATEMENT));
}

/**
 * Runs `load` once per chunk of the distinct ids, one after another (it may run in a transaction),
 * and concatenates the rows in chunk order. Nothing to load: no statement.
 */
export async function loadByIdChunks<T>(ids: Iterable<number> | undefined, load: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (const chunk of idChunks(ids)) rows.push(...(await load(chunk)));
  return rows;
}

/** Most subtrees a region filter lists before it gives up filtering (the rows are then narrowed in code). */
const MAX_SUBTREES = 200;

/** The regions in one of these subtrees (region paths); too many subtrees: every region (narrowed in code). */
export function subtreesWhere(paths: readonly string[]): { OR?: { path: { startsWith: string } }[] } {
  return paths.length > MAX_SUBTREES ? {} : { OR: paths.map((path) => ({ path: { startsWith: path } })) };
}

/** A relation filter for rows whose region lies in one of these subtrees: a subquery on the regions, not their ids. */
export function inSubtrees(paths: readonly string[]): { region?: { OR?: { path: { startsWith: string } }[] } } {
  return paths.length > MAX_SUBTREES ? {} : { region: subtreesWhere(paths) };
}

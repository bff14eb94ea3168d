// The /completeness page's data: a quarter's expected, submitted and approved figures per
// department × region, and what each department still owes, for the office's reminder. Counted by
// the one expected-figure rule of completeness.ts, as the overview and the report count.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isPastDue } from "@/lib/domain";
import { can } from "@/lib/permissions";
import { regionInScope } from "./scope";
import { countExpectedFiguresByRegion, listOwedFigures, loadDepartmentNames, sumCounts, type CompletenessCount, type OwedFigure } from "./completeness";

export interface CompletenessRow {
  department: { id: number; code: string; name: string; nameEn: string | null };
  cells: Record<string, CompletenessCount>;
  total: CompletenessCount;
  owed: OwedFigure[];
}

export interface CompletenessMatrix {
  period: { year: number; quarter: number; dueDate: string; isOpen: boolean; isPastDue: boolean };
  /** The scope region and the regions one level below it with expected figures (theirs and their subtree's), in their sort order. */
  regions: { code: string; name: string; nameEn: string | null }[];
  /** Departments with expected figures, by id. */
  rows: CompletenessRow[];
  total: CompletenessCount;
}

/**
 * The column each region in scope is counted in: the scope region itself, or the region one level
 * below it that holds it (a city office sees its counties; a province's office its cities, each
 * with its counties' figures), so the matrix stays as wide as one level of the tree.
 */
async function loadColumns(user: SessionUser) {
  const regions = await db.region.findMany({ where: regionInScope(user), select: { code: true, name: true, nameEn: true, sortOrder: true, path: true } });
  const byPath = new Map(regions.map((r) => [r.path, r]));
  const depth = user.scopePath.split("/").filter(Boolean).length + 1;
  return new Map(
    regions.map(({ path, ...r }) => {
      const column = byPath.get(`/${path.split("/").filter(Boolean).slice(0, depth).join("/")}/`);
      return [r.code, column ? { code: column.code, name: column.name, nameEn: column.nameEn, sortOrder: column.sortOrder } : r] as const;
    }),
  );
}

export async function getCompletenessMatrix(user: SessionUser, query: { year: number; quarter: number }, now = new Date()): Promise<CompletenessMatrix | null> {
  if (!can(user, "figure.review")) return null;
  const period = await db.reportingPeriod.findUnique({ where: { year_quarter: { year: query.year, quarter: query.quarter } } });
  if (!period) return null;
  const [cells, owed, columnOf] = await Promise.all([countExpectedFiguresByRegion(user, query), listOwedFigures(user, query), loadColumns(user)]);
  const names = await loadDepartmentNames(cells.map((c) => c.departmentId));

  const rows = new Map<number, CompletenessRow>();
  const regions = new Map<string, { code: string; name: string; nameEn: string | null; sortOrder: number }>();
  for (const { departmentId, region: where, ...count } of cells) {
    const department = names.get(departmentId);
    if (!department) throw new Error(`responsibility of missing department ${departmentId}`);
    const region = columnOf.get(where.code) ?? where;
    const row = rows.get(departmentId) ?? { department: { id: departmentId, code: department.code, name: department.name, nameEn: department.nameEn }, cells: {}, total: count, owed: [] };
    const cell = row.cells[region.code];
    row.cells[region.code] = cell ? sumCounts([cell, count]) : count;
    rows.set(departmentId, row);
    regions.set(region.code, region);
  }
  for (const row of rows.values()) row.total = sumCounts(Object.values(row.cells));
  for (const o of owed) rows.get(o.departmentId)?.owed.push(o);
  const sortedRows = [...rows.values()].sort((a, b) => a.department.id - b.department.id);
  return {
    period: {
      year: period.year,
      quarter: period.quarter,
      dueDate: period.dueDate.toISOString(),
      isOpen: period.isOpen,
      isPastDue: isPastDue(period.dueDate, now),
    },
    regions: [...regions.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)).map(({ code, name, nameEn }) => ({ code, name, nameEn })),
    rows: sortedRows,
    total: sumCounts(sortedRows.map((r) => r.total)),
  };
}

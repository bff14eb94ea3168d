// Reporting completeness of a quarter: the figures expected of each department against those
// submitted and approved, and the ones still owed. The /completeness page (department × region),
// the overview's card and the summary report (per department, and the list of missing figures)
// all count through `expectedFigures` below, so they cannot disagree.
//
// The expected-figure rule: a department owes the quarter's figure for every responsibility
// (department, indicator, region) in scope, except
//   - where the same department also reports that indicator for a sub-region of the region: the
//     region's value is then the roll-up of its sub-regions' figures and is not entered itself;
//   - where the indicator, the region or the department is inactive: inactive records owe nothing.
// A figure counts as submitted once SUBMITTED or APPROVED; DRAFT and RETURNED figures are still
// owed. When a quarter is overdue is `isPastDue` (lib/domain/reporting-deadline.ts).
//
// Plain SQL that SQLite and PostgreSQL both accept; names are schema.prisma's mapped table and
// column names. The counts are grouped in the database, so a province (thousands of
// responsibilities) is never loaded row by row.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { isOverdue, isPastDue } from "@/lib/domain";
import type { FigureStatus } from "./figure-view";
import { likePrefix } from "./sql";

export interface CompletenessCount {
  expected: number;
  submitted: number;
  approved: number;
}

export interface DepartmentCompleteness extends CompletenessCount {
  departmentId: number;
  name: string;
  shortName: string;
  nameEn: string | null;
  /** Figures still owed after the due day. */
  isOverdue: boolean;
}

export interface OwedFigure {
  departmentId: number;
  indicator: { code: string; name: string; nameEn: string | null };
  region: { code: string; name: string; nameEn: string | null };
  /** MISSING: nothing entered yet. */
  status: Exclude<FigureStatus, "SUBMITTED" | "APPROVED"> | "MISSING";
}

type QuarterRef = { year: number; quarter: number };
type Where = { regionPath?: string };

/**
 * The expected figures in scope (both conditions hold: a subtree outside the scope yields nothing),
 * each with the quarter's submitted or approved figure, if any, as `f`. The active indicators and
 * departments are sub-selects rather than joins: SQLite then walks the responsibilities by their
 * unique index, as fast as counting them without the rule.
 */
function expectedFigures(user: SessionUser, period: QuarterRef, regionPath: string | undefined) {
  return Prisma.sql`
    FROM "responsibilities" AS "p"
    JOIN "regions" AS "r" ON "r"."id" = "p"."region_id"
    JOIN "indicators" AS "i" ON "i"."id" = "p"."indicator_id"
    LEFT JOIN "figures" AS "f" ON "f"."indicator_id" = "p"."indicator_id" AND "f"."region_id" = "p"."region_id"
      AND "f"."year" = ${period.year} AND "f"."quarter" = ${period.quarter} AND "f"."status" IN ('SUBMITTED', 'APPROVED')
    WHERE "r"."path" LIKE ${likePrefix(user.scopePath)} ESCAPE '\\' AND "r"."path" LIKE ${likePrefix(regionPath ?? user.scopePath)} ESCAPE '\\'
      AND "r"."active" = ${true}
      AND "p"."indicator_id" IN (SELECT "id" FROM "indicators" WHERE "active" = ${true})
      AND "p"."department_id" IN (SELECT "id" FROM "departments" WHERE "active" = ${true})
      AND NOT EXISTS (
        SELECT 1 FROM "responsibilities" AS "c" JOIN "regions" AS "cr" ON "cr"."id" = "c"."region_id"
        WHERE "cr"."parent_id" = "p"."region_id" AND "cr"."active" = ${true}
          AND "c"."department_id" = "p"."department_id" AND "c"."indicator_id" = "p"."indicator_id")`;
}

const COUNTS = Prisma.sql`COUNT(*) AS "expected", COUNT("f"."id") AS "submitted", SUM(CASE WHEN "f"."status" = 'APPROVED' THEN 1 ELSE 0 END) AS "approved"`;

type CountRow = { department_id: number | bigint; expected: number | bigint; submitted: number | bigint; approved: number | bigint };

const toCount = (r: CountRow): CompletenessCount => ({ expected: Number(r.expected), submitted: Number(r.submitted), approved: Number(r.approved) });

export function sumCounts(counts: readonly CompletenessCount[]): CompletenessCount {
  return counts.reduce((sum, c) => ({ expected: sum.expected + c.expected, submitted: sum.submitted + c.submitted, approved: sum.approved + c.approved }), { expected: 0, submitted: 0, approved: 0 });
}

/** Expected, submitted and approved figures per department. */
export async function countExpectedFigures(user: SessionUser, period: QuarterRef, where: Where = {}) {
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT "p"."department_id" AS "department_id", ${COUNTS}
    ${expectedFigures(user, period, where.regionPath)}
    GROUP BY "p"."department_id"`;
  return rows.map((r) => ({ departmentId: Number(r.department_id), ...toCount(r) }));
}

/** Expected, submitted and approved figures per department and region (regions with their labels). */
export async function countExpectedFiguresByRegion(user: SessionUser, period: QuarterRef, where: Where = {}) {
  const rows = await db.$queryRaw<(CountRow & { region_code: string; region_name: string; region_name_en: string | null; region_sort_order: number | bigint })[]>`
    SELECT "p"."department_id" AS "department_id", "r"."code" AS "region_code", "r"."name" AS "region_name", "r"."name_en" AS "region_name_en",
      "r"."sort_order" AS "region_sort_order", ${COUNTS}
    ${expectedFigures(user, period, where.regionPath)}
    GROUP BY "p"."department_id", "r"."id", "r"."code", "r"."name", "r"."name_en", "r"."sort_order"`;
  return rows.map((r) => ({
    departmentId: Number(r.department_id),
    region: { code: r.region_code, name: r.region_name, nameEn: r.region_name_en, sortOrder: Number(r.region_sort_order) },
    ...toCount(r),
  }));
}

/** The expected figures not yet submitted (nothing entered, a draft or returned), by region code and indicator code. */
export async function listOwedFigures(user: SessionUser, period: QuarterRef, where: Where = {}): Promise<OwedFigure[]> {
  const rows = await db.$queryRaw<
    { department_id: number | bigint; indicator_code: string; indicator_name: string; indicator_name_en: string | null; region_code: string; region_name: string; region_name_en: string | null; status: OwedFigure["status"] | null }[]
  >`
    SELECT "p"."department_id" AS "department_id", "i"."code" AS "indicator_code", "i"."name" AS "indicator_name", "i"."name_en" AS "indicator_name_en",
      "r"."code" AS "region_code", "r"."name" AS "region_name", "r"."name_en" AS "region_name_en",
      (SELECT "o"."status" FROM "figures" AS "o" WHERE "o"."indicator_id" = "p"."indicator_id" AND "o"."region_id" = "p"."region_id"
        AND "o"."year" = ${period.year} AND "o"."quarter" = ${period.quarter}) AS "status"
    ${expectedFigures(user, period, where.regionPath)}
      AND "f"."id" IS NULL
    ORDER BY "r"."code", "i"."code", "p"."id"`;
  return rows.map((r) => ({
    departmentId: Number(r.department_id),
    indicator: { code: r.indicator_code, name: r.indicator_name, nameEn: r.indicator_name_en },
    region: { code: r.region_code, name: r.region_name, nameEn: r.region_name_en },
    status: r.status ?? "MISSING",
  }));
}

/** The departments of some counts, by id. */
export async function loadDepartmentNames(ids: readonly number[]) {
  const rows = await db.department.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, code: true, name: true, shortName: true, nameEn: true } });
  return new Map(rows.map((d) => [d.id, d]));
}

/**
 * The quarter's completeness per department (in scope, or in one subtree of it), least complete
 * first: the overview's card and the summary report.
 */
export async function getDepartmentCompleteness(user: SessionUser, period: QuarterRef, options: Where & { now?: Date } = {}) {
  const [counts, reportingPeriod] = await Promise.all([
    countExpectedFigures(user, period, options),
    db.reportingPeriod.findUnique({ where: { year_quarter: { year: period.year, quarter: period.quarter } }, select: { dueDate: true, isOpen: true } }),
  ]);
  const names = await loadDepartmentNames(counts.map((c) => c.departmentId));
  const pastDue = reportingPeriod !== null && isPastDue(reportingPeriod.dueDate, options.now ?? new Date());
  const departments: DepartmentCompleteness[] = counts
    .map((c) => {
      const department = names.get(c.departmentId);
      if (!department) throw new Error(`responsibility of missing department ${c.departmentId}`);
      return { ...c, name: department.name, shortName: department.shortName, nameEn: department.nameEn, isOverdue: isOverdue(c, pastDue) };
    })
    .sort((a, b) => a.submitted / a.expected - b.submitted / b.expected || a.name.localeCompare(b.name, "zh-CN"));
  return {
    period: { year: period.year, quarter: period.quarter },
    dueDate: reportingPeriod?.dueDate ?? null,
    isOpen: reportingPeriod?.isOpen ?? false,
    isPastDue: pastDue,
    departments,
    total: sumCounts(departments),
  };
}

export type Completeness = Awaited<ReturnType<typeof getDepartmentCompleteness>>;

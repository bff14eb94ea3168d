// Reporting completeness of a quarter: figures expected from each department (its responsibilities
// in scope, or in one subtree of it) against those submitted and approved, counted by one grouped
// query; and, for the summary report, the figures still missing. Plain SQL that SQLite and
// PostgreSQL both accept; names are schema.prisma's mapped table and column names.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Period } from "@/lib/domain";
import { likePrefix } from "../sql";

export interface DepartmentCompleteness {
  departmentId: number;
  name: string;
  shortName: string;
  nameEn: string | null;
  expected: number;
  submitted: number;
  approved: number;
}

export interface MissingFigure {
  departmentId: number;
  indicator: { code: string; name: string; nameEn: string | null };
  region: { code: string; name: string; nameEn: string | null };
}

/**
 * Responsibilities in scope (both conditions hold: a subtree outside the scope yields nothing),
 * each with the quarter's submitted or approved figure, if any.
 */
function responsibilitiesWithFigure(user: SessionUser, period: Period, regionPath: string | undefined) {
  return Prisma.sql`
    FROM "responsibilities" AS "p"
    JOIN "regions" AS "r" ON "r"."id" = "p"."region_id"
    JOIN "indicators" AS "i" ON "i"."id" = "p"."indicator_id"
    LEFT JOIN "figures" AS "f" ON "f"."indicator_id" = "p"."indicator_id" AND "f"."region_id" = "p"."region_id"
      AND "f"."year" = ${period.year} AND "f"."quarter" = ${period.quarter} AND "f"."status" IN ('SUBMITTED', 'APPROVED')
    WHERE "r"."path" LIKE ${likePrefix(user.scopePath)} ESCAPE '\\' AND "r"."path" LIKE ${likePrefix(regionPath ?? user.scopePath)} ESCAPE '\\'`;
}

export async function getCompleteness(user: SessionUser, period: Period, options: { regionPath?: string } = {}) {
  const [counts, reportingPeriod] = await Promise.all([
    db.$queryRaw<{ department_id: number | bigint; expected: number | bigint; submitted: number | bigint; approved: number | bigint }[]>`
      SELECT "p"."department_id" AS "department_id", COUNT(*) AS "expected", COUNT("f"."id") AS "submitted",
        SUM(CASE WHEN "f"."status" = 'APPROVED' THEN 1 ELSE 0 END) AS "approved"
      ${responsibilitiesWithFigure(user, period, options.regionPath)}
      GROUP BY "p"."department_id"`,
    db.reportingPeriod.findUnique({ where: { year_quarter: { year: period.year, quarter: period.quarter } }, select: { dueDate: true, isOpen: true } }),
  ]);
  const names = new Map(
    (
      await db.department.findMany({ where: { id: { in: counts.map((c) => Number(c.department_id)) } }, select: { id: true, name: true, shortName: true, nameEn: true } })
    ).map((d) => [d.id, d]),
  );
  const departments: DepartmentCompleteness[] = counts
    .map((c) => {
      const department = names.get(Number(c.department_id));
      if (!department) throw new Error(`responsibility of missing department ${c.department_id}`);
      const { id, ...name } = department;
      return { departmentId: id, ...name, expected: Number(c.expected), submitted: Number(c.submitted), approved: Number(c.approved) };
    })
    .sort((a, b) => a.submitted / a.expected - b.submitted / b.expected || a.name.localeCompare(b.name, "zh-CN"));
  const total = departments.reduce((sum, d) => ({ expected: sum.expected + d.expected, submitted: sum.submitted + d.submitted, approved: sum.approved + d.approved }), { expected: 0, submitted: 0, approved: 0 });
  return {
    period,
    dueDate: reportingPeriod?.dueDate ?? null,
    isOpen: reportingPeriod?.isOpen ?? false,
    departments,
    total,
  };
}

export type Completeness = Awaited<ReturnType<typeof getCompleteness>>;

/** The responsibilities in scope (or one subtree of it) without a submitted or approved figure for the quarter, by region and indicator. */
export async function listMissingFigures(user: SessionUser, period: Period, options: { regionPath?: string } = {}): Promise<MissingFigure[]> {
  const rows = await db.$queryRaw<
    { department_id: number | bigint; indicator_code: string; indicator_name: string; indicator_name_en: string | null; region_code: string; region_name: string; region_name_en: string | null }[]
  >`
    SELECT "p"."department_id" AS "department_id", "i"."code" AS "indicator_code", "i"."name" AS "indicator_name", "i"."name_en" AS "indicator_name_en",
      "r"."code" AS "region_code", "r"."name" AS "region_name", "r"."name_en" AS "region_name_en"
    ${responsibilitiesWithFigure(user, period, options.regionPath)}
      AND "f"."id" IS NULL
    ORDER BY "r"."code", "i"."code", "p"."id"`;
  return rows.map((r) => ({
    departmentId: Number(r.department_id),
    indicator: { code: r.indicator_code, name: r.indicator_name, nameEn: r.indicator_name_en },
    region: { code: r.region_code, name: r.region_name, nameEn: r.region_name_en },
  }));
}

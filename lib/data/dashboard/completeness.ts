// Reporting completeness of a quarter: figures expected from each department (its responsibilities
// in scope, or in one subtree of it) against those submitted and approved, and the figures missing.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Period } from "@/lib/domain";
import { regionInScope } from "../scope";

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

export async function getCompleteness(user: SessionUser, period: Period, options: { regionPath?: string } = {}) {
  // Both conditions hold: a subtree outside the scope yields nothing.
  const region = { AND: [regionInScope(user), ...(options.regionPath ? [{ path: { startsWith: options.regionPath } }] : [])] };
  const [responsibilities, figures, reportingPeriod] = await Promise.all([
    db.responsibility.findMany({
      where: { region },
      select: {
        departmentId: true,
        indicatorId: true,
        regionId: true,
        department: { select: { name: true, shortName: true, nameEn: true } },
        indicator: { select: { code: true, name: true, nameEn: true } },
        region: { select: { code: true, name: true, nameEn: true } },
      },
      orderBy: [{ region: { code: "asc" } }, { indicator: { code: "asc" } }],
    }),
    db.figure.findMany({
      where: { year: period.year, quarter: period.quarter, region, status: { in: ["SUBMITTED", "APPROVED"] } },
      select: { indicatorId: true, regionId: true, status: true },
    }),
    db.reportingPeriod.findUnique({ where: { year_quarter: { year: period.year, quarter: period.quarter } }, select: { dueDate: true, isOpen: true } }),
  ]);
  const statusOf = new Map(figures.map((f) => [`${f.indicatorId}:${f.regionId}`, f.status]));
  const byDepartment = new Map<number, DepartmentCompleteness>();
  const missing: MissingFigure[] = [];
  for (const r of responsibilities) {
    const row = byDepartment.get(r.departmentId) ?? {
      departmentId: r.departmentId,
      name: r.department.name,
      shortName: r.department.shortName,
      nameEn: r.department.nameEn,
      expected: 0,
      submitted: 0,
      approved: 0,
    };
    const status = statusOf.get(`${r.indicatorId}:${r.regionId}`);
    row.expected += 1;
    if (status) row.submitted += 1;
    else missing.push({ departmentId: r.departmentId, indicator: r.indicator, region: r.region });
    if (status === "APPROVED") row.approved += 1;
    byDepartment.set(r.departmentId, row);
  }
  const departments = [...byDepartment.values()].sort((a, b) => a.submitted / a.expected - b.submitted / b.expected || a.name.localeCompare(b.name, "zh-CN"));
  const total = departments.reduce((sum, d) => ({ expected: sum.expected + d.expected, submitted: sum.submitted + d.submitted, approved: sum.approved + d.approved }), { expected: 0, submitted: 0, approved: 0 });
  return {
    period,
    dueDate: reportingPeriod?.dueDate ?? null,
    isOpen: reportingPeriod?.isOpen ?? false,
    departments,
    total,
    missing,
  };
}

export type Completeness = Awaited<ReturnType<typeof getCompleteness>>;

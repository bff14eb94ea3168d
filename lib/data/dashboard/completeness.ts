// Reporting completeness of a quarter: figures expected from each department (its responsibilities
// in scope) against those submitted and approved.
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

export async function getCompleteness(user: SessionUser, period: Period) {
  const [responsibilities, figures, reportingPeriod] = await Promise.all([
    db.responsibility.findMany({
      where: { region: regionInScope(user) },
      select: { departmentId: true, indicatorId: true, regionId: true, department: { select: { name: true, shortName: true, nameEn: true } } },
    }),
    db.figure.findMany({
      where: { year: period.year, quarter: period.quarter, region: regionInScope(user), status: { in: ["SUBMITTED", "APPROVED"] } },
      select: { indicatorId: true, regionId: true, status: true },
    }),
    db.reportingPeriod.findUnique({ where: { year_quarter: { year: period.year, quarter: period.quarter } }, select: { dueDate: true, isOpen: true } }),
  ]);
  const statusOf = new Map(figures.map((f) => [`${f.indicatorId}:${f.regionId}`, f.status]));
  const byDepartment = new Map<number, DepartmentCompleteness>();
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
  };
}

export type Completeness = Awaited<ReturnType<typeof getCompleteness>>;

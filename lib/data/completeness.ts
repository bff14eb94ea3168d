// Reporting completeness of a quarter: department × region, expected / submitted / approved, and
// what each department still owes. A figure is expected for every responsibility in scope, except
// where the department also reports the region's children: that region's value is their roll-up.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriod } from "@/lib/domain";
import { can } from "@/lib/permissions";
import type { FigureStatus } from "./figure-view";
import { regionInScope } from "./scope";

export interface OwedFigure {
  indicator: { code: string; name: string; nameEn: string | null };
  region: { code: string; name: string; nameEn: string | null };
  /** MISSING: nothing entered yet. */
  status: Exclude<FigureStatus, "SUBMITTED" | "APPROVED"> | "MISSING";
}

export interface CompletenessCell {
  expected: number;
  submitted: number;
  approved: number;
}

export interface CompletenessRow {
  department: { id: number; code: string; name: string; nameEn: string | null };
  cells: Record<string, CompletenessCell>;
  total: CompletenessCell;
  owed: OwedFigure[];
}

export interface Completeness {
  period: { year: number; quarter: number; label: string; dueDate: string; isOpen: boolean; isOverdue: boolean };
  regions: { code: string; name: string; nameEn: string | null }[];
  rows: CompletenessRow[];
  total: CompletenessCell;
}

const empty = (): CompletenessCell => ({ expected: 0, submitted: 0, approved: 0 });

/** End of the due date in Beijing: figures entered on the due day are on time. */
export function isPastDue(dueDate: Date, now = new Date()): boolean {
  return now.getTime() > dueDate.getTime() + 24 * 3600_000 - 8 * 3600_000;
}

export async function getCompleteness(user: SessionUser, query: { year: number; quarter: number }, now = new Date()): Promise<Completeness | null> {
  if (!can(user, "figure.review")) return null;
  const period = await db.reportingPeriod.findUnique({ where: { year_quarter: { year: query.year, quarter: query.quarter } } });
  if (!period) return null;
  const responsibilities = await db.responsibility.findMany({
    where: { indicator: { active: true }, region: { ...regionInScope(user), active: true }, department: { active: true } },
    select: {
      departmentId: true,
      department: { select: { code: true, name: true, nameEn: true } },
      indicator: { select: { id: true, code: true, name: true, nameEn: true } },
      region: { select: { id: true, code: true, name: true, nameEn: true, parentId: true, sortOrder: true } },
    },
  });
  const reportsChildren = new Set(responsibilities.map((r) => `${r.departmentId}:${r.indicator.id}:${r.region.parentId}`));
  const expected = responsibilities.filter((r) => !reportsChildren.has(`${r.departmentId}:${r.indicator.id}:${r.region.id}`));
  const figures = await db.figure.findMany({
    where: { year: query.year, quarter: query.quarter, region: regionInScope(user) },
    select: { indicatorId: true, regionId: true, status: true },
  });
  const statusAt = new Map(figures.map((f) => [`${f.indicatorId}:${f.regionId}`, f.status]));

  const regionMap = new Map<string, { code: string; name: string; nameEn: string | null; sortOrder: number }>();
  const rows = new Map<number, CompletenessRow>();
  const total = empty();
  expected.sort((a, b) => a.indicator.id - b.indicator.id || a.region.sortOrder - b.region.sortOrder);
  for (const r of expected) {
    regionMap.set(r.region.code, r.region);
    const row = rows.get(r.departmentId) ?? { department: { id: r.departmentId, ...r.department }, cells: {}, total: empty(), owed: [] };
    rows.set(r.departmentId, row);
    const cell = (row.cells[r.region.code] ??= empty());
    const status = statusAt.get(`${r.indicator.id}:${r.region.id}`);
    const isSubmitted = status === "SUBMITTED" || status === "APPROVED";
    for (const c of [cell, row.total, total]) {
      c.expected += 1;
      if (isSubmitted) c.submitted += 1;
      if (status === "APPROVED") c.approved += 1;
    }
    if (!isSubmitted) {
      row.owed.push({
        indicator: { code: r.indicator.code, name: r.indicator.name, nameEn: r.indicator.nameEn },
        region: { code: r.region.code, name: r.region.name, nameEn: r.region.nameEn },
        status: status ?? "MISSING",
      });
    }
  }
  const regions = [...regionMap.values()].sort((a, b) => a.sortOrder - b.sortOrder).map(({ code, name, nameEn }) => ({ code, name, nameEn }));
  return {
    period: {
      year: period.year,
      quarter: period.quarter,
      label: formatPeriod(period),
      dueDate: period.dueDate.toISOString(),
      isOpen: period.isOpen,
      isOverdue: isPastDue(period.dueDate, now),
    },
    regions,
    rows: [...rows.values()].sort((a, b) => a.department.id - b.department.id),
    total,
  };
}

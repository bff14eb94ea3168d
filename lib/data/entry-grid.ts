// The data-entry grid: every indicator the department reports × every region in the user's scope,
// with this quarter's figure, last quarter's, the target, its status and the explanation check.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import { figureNumber, previousPeriod, toQuarter, type ExplanationReason, type TargetStatus } from "@/lib/domain";
import type { ComparatorValue } from "@/lib/validations/enums";
import { checkFigures, checkKey } from "./figure-checks";
import { resolveEntryDepartment, type EntryDepartment } from "./figure-context";
import { figureViewSelect, toFigureView, type FigureStatus, type FigureView } from "./figure-view";
import { listPeriods, pickPeriod, type PeriodView } from "./periods";
import { regionInScope } from "./scope";

export interface EntryRow {
  key: string;
  indicator: { id: number; code: string; name: string; nameEn: string | null; unit: string; kind: "RATE" | "STOCK" | "FLOW"; decimals: number; definition: string };
  region: { id: number; code: string; name: string; nameEn: string | null };
  /** The department also reports this indicator for the region's children: this figure is optional (their roll-up stands in). */
  isRollUp: boolean;
  figure: FigureView | null;
  previous: { value: number | null; status: FigureStatus } | null;
  target: { comparator: ComparatorValue; targetValue: number; deadlineYear: number; status: TargetStatus | null } | null;
  reasons: ExplanationReason[];
}

export interface EntryGrid {
  period: PeriodView;
  periods: PeriodView[];
  department: EntryDepartment;
  departments: EntryDepartment[];
  rows: EntryRow[];
}

/** Departments an office or administrator may enter for: those reporting anything in its scope. */
export async function listEntryDepartments(user: SessionUser): Promise<EntryDepartment[]> {
  if (!can(user, "figure.enter")) return [];
  return db.department.findMany({
    where: {
      active: true,
      ...(can(user, "figure.enterOnBehalf") ? { responsibilities: { some: { region: regionInScope(user) } } } : { id: user.departmentId ?? -1 }),
    },
    orderBy: { id: "asc" },
    select: { id: true, code: true, name: true, nameEn: true },
  });
}

export async function getEntryGrid(
  user: SessionUser,
  request: { period?: { year: number; quarter: number }; departmentId?: number },
): Promise<EntryGrid | null> {
  const [periods, departments] = await Promise.all([listPeriods(), listEntryDepartments(user)]);
  const departmentId = request.departmentId ?? departments[0]?.id;
  if (departmentId === undefined) return null;
  const resolved = await resolveEntryDepartment(db, user, { id: departmentId });
  if (!resolved.ok) return null;
  const period = pickPeriod(periods, request.period);
  if (!period) return null;
  const department = resolved.department;
  const quarter = toQuarter(period.quarter);
  const prev = quarter ? previousPeriod({ year: period.year, quarter }) : null;

  const responsibilities = await db.responsibility.findMany({
    where: { departmentId: department.id, indicator: { active: true }, region: { ...regionInScope(user), active: true } },
    select: {
      indicator: { select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true, definition: true } },
      region: { select: { id: true, code: true, name: true, nameEn: true, parentId: true, sortOrder: true } },
    },
  });
  responsibilities.sort((a, b) => a.indicator.id - b.indicator.id || a.region.sortOrder - b.region.sortOrder || a.region.code.localeCompare(b.region.code));
  const indicatorIds = [...new Set(responsibilities.map((r) => r.indicator.id))];
  const regionIds = [...new Set(responsibilities.map((r) => r.region.id))];
  const parentsWithChildren = new Set(responsibilities.map((r) => `${r.indicator.id}:${r.region.parentId}`));

  const [figures, previousFigures, targets] = await Promise.all([
    db.figure.findMany({ where: { indicatorId: { in: indicatorIds }, regionId: { in: regionIds }, year: period.year, quarter: period.quarter }, select: figureViewSelect }),
    prev
      ? db.figure.findMany({
          where: { indicatorId: { in: indicatorIds }, regionId: { in: regionIds }, year: prev.year, quarter: prev.quarter, status: { in: ["APPROVED", "SUBMITTED"] } },
          select: { indicatorId: true, regionId: true, value: true, numerator: true, denominator: true, status: true },
        })
      : [],
    db.target.findMany({
      where: { archivedAt: null, indicatorId: { in: indicatorIds }, regionId: { in: regionIds } },
      orderBy: [{ deadlineYear: "asc" }, { id: "asc" }],
      select: { indicatorId: true, regionId: true, comparator: true, targetValue: true, deadlineYear: true, evaluations: { where: { provisional: true }, select: { status: true } } },
    }),
  ]);
  const figureAt = new Map(figures.map((f) => [checkKey(f.indicatorId, f.regionId), f]));
  const previousAt = new Map(previousFigures.map((f) => [checkKey(f.indicatorId, f.regionId), f]));
  const targetAt = new Map(targets.map((t) => [checkKey(t.indicatorId, t.regionId), t]));
  const kinds = new Map(responsibilities.map((r) => [r.indicator.id, r.indicator.kind]));
  const decimals = new Map(responsibilities.map((r) => [r.indicator.id, r.indicator.decimals]));
  const checks = await checkFigures(
    db,
    period,
    figures.filter((f) => f.status === "DRAFT" || f.status === "RETURNED").map((f) => ({ indicatorId: f.indicatorId, regionId: f.regionId, values: f })),
    kinds,
    decimals,
  );

  const rows = responsibilities.map(({ indicator, region }): EntryRow => {
    const key = checkKey(indicator.id, region.id);
    const figure = figureAt.get(key);
    const previous = previousAt.get(key);
    const target = targetAt.get(key);
    return {
      key,
      indicator,
      region: { id: region.id, code: region.code, name: region.name, nameEn: region.nameEn },
      isRollUp: parentsWithChildren.has(`${indicator.id}:${region.id}`),
      figure: figure ? toFigureView(figure) : null,
      previous: previous ? { value: figureNumber(indicator.kind, previous), status: previous.status } : null,
      target: target
        ? { comparator: target.comparator, targetValue: target.targetValue, deadlineYear: target.deadlineYear, status: target.evaluations[0]?.status ?? null }
        : null,
      reasons: checks.get(key)?.reasons ?? [],
    };
  });
  return { period, periods, department, departments, rows };
}

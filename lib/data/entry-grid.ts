// The data-entry grid: the indicators the department reports × the regions of the user's scope (or of
// one region's subtree), with this quarter's figure, last quarter's, the target, its status and the
// explanation check. The page shows one page of rows at a time; the import template takes them all.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import { figureNumber, previousPeriod, toQuarter, type ExplanationReason, type TargetStatus } from "@/lib/domain";
import type { ComparatorValue } from "@/lib/validations/enums";
import { checkFigures, checkKey } from "./figure-checks";
import { resolveEntryDepartment, type EntryDepartment } from "./figure-context";
import { figureViewSelect, toFigureView, type FigureStatus, type FigureView } from "./figure-view";
import { loadByIdChunks } from "./id-lists";
import { listPeriods, pickPeriod, type PeriodView } from "./periods";
import { findRegionInScope } from "./regions";
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
  /** The subtree asked for (null: the user's whole scope). */
  region: { code: string; name: string; nameEn: string | null; path: string } | null;
  rows: EntryRow[];
  /** Rows of the department in the subtree, on every page. */
  total: number;
  page: number;
  pageCount: number;
}

/** Rows per page: a department's rows in a city (and in the demo) fit on one. */
export const ENTRY_PAGE_SIZE = 150;

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
  request: { period?: { year: number; quarter: number }; departmentId?: number; regionCode?: string; page?: number },
): Promise<EntryGrid | null> {
  const [periods, departments] = await Promise.all([listPeriods(), listEntryDepartments(user)]);
  const departmentId = request.departmentId ?? departments[0]?.id;
  if (departmentId === undefined) return null;
  const resolved = await resolveEntryDepartment(db, user, { id: departmentId });
  if (!resolved.ok) return null;
  const period = pickPeriod(periods, request.period);
  if (!period) return null;
  const region = request.regionCode ? await findRegionInScope(user, request.regionCode) : null;
  if (request.regionCode && !region) return null;
  const department = resolved.department;
  const quarter = toQuarter(period.quarter);
  const prev = quarter ? previousPeriod({ year: period.year, quarter }) : null;

  const responsible = {
    departmentId: department.id,
    indicator: { active: true },
    region: { AND: [regionInScope(user), { path: { startsWith: region?.path ?? user.scopePath } }], active: true },
  };
  const total = await db.responsibility.count({ where: responsible });
  const paged = request.page !== undefined;
  const pageCount = paged ? Math.max(1, Math.ceil(total / ENTRY_PAGE_SIZE)) : 1;
  const page = Math.min(Math.max(1, request.page ?? 1), pageCount);
  const responsibilities = await db.responsibility.findMany({
    where: responsible,
    orderBy: [{ indicatorId: "asc" }, { region: { sortOrder: "asc" } }, { region: { code: "asc" } }],
    ...(paged && { skip: (page - 1) * ENTRY_PAGE_SIZE, take: ENTRY_PAGE_SIZE }),
    select: {
      indicator: { select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true, definition: true } },
      region: { select: { id: true, code: true, name: true, nameEn: true, parentId: true } },
    },
  });
  const indicatorIds = [...new Set(responsibilities.map((r) => r.indicator.id))];
  const regionIds = [...new Set(responsibilities.map((r) => r.region.id))];
  // Regions (per indicator) whose children the department also reports, on this page or another one.
  const parentsWithChildren = new Set(
    (
      await loadByIdChunks(regionIds, (ids) =>
        db.responsibility.findMany({
          where: { departmentId: department.id, indicatorId: { in: indicatorIds }, region: { parentId: { in: ids }, active: true } },
          select: { indicatorId: true, region: { select: { parentId: true } } },
        }),
      )
    ).map((r) => `${r.indicatorId}:${r.region.parentId}`),
  );

  const [figures, previousFigures, targets] = await Promise.all([
    loadByIdChunks(regionIds, (ids) =>
      db.figure.findMany({ where: { indicatorId: { in: indicatorIds }, regionId: { in: ids }, year: period.year, quarter: period.quarter }, select: figureViewSelect }),
    ),
    prev
      ? loadByIdChunks(regionIds, (ids) =>
          db.figure.findMany({
            where: { indicatorId: { in: indicatorIds }, regionId: { in: ids }, year: prev.year, quarter: prev.quarter, status: { in: ["APPROVED", "SUBMITTED"] } },
            select: { indicatorId: true, regionId: true, value: true, numerator: true, denominator: true, status: true },
          }),
        )
      : [],
    loadByIdChunks(regionIds, (ids) =>
      db.target.findMany({
        where: { archivedAt: null, indicatorId: { in: indicatorIds }, regionId: { in: ids } },
        orderBy: [{ deadlineYear: "asc" }, { id: "asc" }],
        select: { indicatorId: true, regionId: true, comparator: true, targetValue: true, deadlineYear: true, evaluations: { where: { provisional: true }, select: { status: true } } },
      }),
    ),
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

  const rows = responsibilities.map(({ indicator, region: rowRegion }): EntryRow => {
    const key = checkKey(indicator.id, rowRegion.id);
    const figure = figureAt.get(key);
    const previous = previousAt.get(key);
    const target = targetAt.get(key);
    return {
      key,
      indicator,
      region: { id: rowRegion.id, code: rowRegion.code, name: rowRegion.name, nameEn: rowRegion.nameEn },
      isRollUp: parentsWithChildren.has(`${indicator.id}:${rowRegion.id}`),
      figure: figure ? toFigureView(figure) : null,
      previous: previous ? { value: figureNumber(indicator.kind, previous), status: previous.status } : null,
      target: target
        ? { comparator: target.comparator, targetValue: target.targetValue, deadlineYear: target.deadlineYear, status: target.evaluations[0]?.status ?? null }
        : null,
      reasons: checks.get(key)?.reasons ?? [],
    };
  });
  const shownRegion = region && { code: region.code, name: region.name, nameEn: region.nameEn, path: region.path };
  return { period, periods, department, departments, region: shownRegion, rows, total, page, pageCount };
}

// What the summary report needs beyond the dashboards: the departments' explanations (notes) behind
// off-track values, supporting departments, and the official figures of the report's quarters.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriod, rateValue, toQuarter } from "@/lib/domain";
import { figureValueSelect } from "../figure-fields";
import { loadByIdChunks } from "../id-lists";
import { regionInScope } from "../scope";

export interface DepartmentName {
  name: string;
  shortName: string;
  nameEn: string | null;
}

export interface FigureNote {
  region: { code: string; name: string; nameEn: string | null };
  period: string;
  note: string;
}

/** Supporting departments (配合单位) of each target, in a stable order. */
export async function listSupportingDepartments(targetIds: readonly number[]): Promise<Map<number, DepartmentName[]>> {
  // A chunk holds each of its targets whole, so each target's departments keep the statement's order.
  const rows = await loadByIdChunks(targetIds, (ids) =>
    db.targetSupport.findMany({
      where: { targetId: { in: ids } },
      select: { targetId: true, department: { select: { code: true, name: true, shortName: true, nameEn: true } } },
      orderBy: { department: { code: "asc" } },
    }),
  );
  const byTarget = new Map<number, DepartmentName[]>();
  for (const r of rows) {
    const { name, shortName, nameEn } = r.department;
    const names = byTarget.get(r.targetId);
    if (names) names.push({ name, shortName, nameEn });
    else byTarget.set(r.targetId, [{ name, shortName, nameEn }]);
  }
  return byTarget;
}

/**
 * The notes on the official figures a target's latest value was built from: the region's own figure of
 * that quarter and, where the value is rolled up, its sub-regions' figures. Own note first.
 */
export async function listFigureNotes(
  user: SessionUser,
  targets: readonly { id: number; indicatorId: number; regionPath: string; latest: { year: number; quarter: number } | null }[],
): Promise<Map<number, FigureNote[]>> {
  const withLatest = targets.filter((t) => t.latest !== null);
  if (withLatest.length === 0) return new Map();
  const figures = await db.figure.findMany({
    where: {
      status: "APPROVED",
      note: { not: "" },
      indicatorId: { in: [...new Set(withLatest.map((t) => t.indicatorId))] },
      year: { in: [...new Set(withLatest.map((t) => t.latest?.year ?? 0))] },
      region: regionInScope(user),
    },
    select: { indicatorId: true, year: true, quarter: true, note: true, region: { select: { code: true, name: true, nameEn: true, path: true } } },
    orderBy: [{ region: { path: "asc" } }],
  });
  const notes = new Map<number, FigureNote[]>();
  for (const t of withLatest) {
    const found = figures
      .filter((f) => f.indicatorId === t.indicatorId && f.year === t.latest?.year && f.quarter === t.latest.quarter && f.region.path.startsWith(t.regionPath))
      .map((f) => {
        const quarter = toQuarter(f.quarter);
        return { region: { code: f.region.code, name: f.region.name, nameEn: f.region.nameEn }, period: quarter ? formatPeriod({ year: f.year, quarter }) : String(f.year), note: f.note.trim() };
      });
    if (found.length > 0) notes.set(t.id, found);
  }
  return notes;
}

/**
 * Official figures of a subtree for the given quarters of one year, for the report's figures sheet.
 * Flat rows labelled from three small look-up tables: a nested select would reload regions,
 * indicators and departments in chunks of ids (tens of statements for a province's 35,000 figures).
 */
export async function listReportFigures(user: SessionUser, regionPath: string, year: number, quarters: readonly number[]) {
  const inSubtree = { AND: [regionInScope(user), { path: { startsWith: regionPath } }] };
  const [rows, regions, indicators, departments] = await Promise.all([
    db.figure.findMany({
      where: { status: "APPROVED", year, quarter: { in: [...quarters] }, region: inSubtree },
      select: { ...figureValueSelect, note: true, isDemo: true, regionId: true, indicatorId: true, departmentId: true },
    }),
    db.region.findMany({ where: inSubtree, select: { id: true, code: true, name: true, nameEn: true, sortOrder: true } }),
    db.indicator.findMany({ select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true } }),
    db.department.findMany({ select: { id: true, shortName: true, nameEn: true } }),
  ]);
  const regionOf = new Map(regions.map((r) => [r.id, r]));
  const indicatorOf = new Map(indicators.map(({ id, ...i }) => [id, i]));
  const departmentOf = new Map(departments.map(({ id, ...d }) => [id, d]));
  const labelled = rows.flatMap((f) => {
    const region = regionOf.get(f.regionId);
    const indicator = indicatorOf.get(f.indicatorId);
    const department = f.departmentId === null ? null : (departmentOf.get(f.departmentId) ?? null);
    return region && indicator ? [{ ...f, region, indicator, department }] : [];
  });
  return labelled
    .sort((a, b) => a.region.sortOrder - b.region.sortOrder || compareCodes(a.region.code, b.region.code) || compareCodes(a.indicator.code, b.indicator.code) || a.quarter - b.quarter)
    .map((f) => ({
      region: { code: f.region.code, name: f.region.name, nameEn: f.region.nameEn },
      indicator: f.indicator,
      period: formatPeriod(f),
      value: f.indicator.kind === "RATE" ? (rateValue(f.numerator, f.denominator) ?? f.value) : f.value,
      numerator: f.numerator,
      denominator: f.denominator,
      note: f.note,
      department: f.department,
      isDemo: f.isDemo,
    }));
}

/** localeCompare's order from one collator: localeCompare builds one per comparison (seconds on 35,000 rows). */
const compareCodes = new Intl.Collator().compare;

export type ReportFigure = Awaited<ReturnType<typeof listReportFigures>>[number];

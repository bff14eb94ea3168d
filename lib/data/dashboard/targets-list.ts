// The targets list: the targets in scope, filtered in the query (region, plan, area, lead department,
// indicator, status) and sorted as the user groups them. The page loads only the sort keys of the
// matching targets and then the rows of one page, so it costs about the same for a county and a
// province; the export loads the rows of every match.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { compareStatus, type TargetStatus } from "@/lib/domain";
import type { TargetFilters } from "@/lib/validations/targets";
import { findRegionInScope } from "../regions";
import { regionInScope } from "../scope";
import { loadScopedTargets } from "./scoped-targets";
import { toTargetRow, type TargetRow } from "./target-rows";

export const PAGE_SIZE = 100;

const collator = new Intl.Collator("zh-CN");
const compareCodes = new Intl.Collator().compare;

function groupKey(row: TargetRow, group: TargetFilters["group"]): string {
  switch (group) {
    case "plan":
      return row.plan?.title ?? "—";
    case "area":
      return row.area?.name ?? "—";
    case "department":
      return row.leadDepartment?.shortName ?? "—";
    case "region":
      return row.region.code;
    case "status":
      return row.status;
    case "none":
      return "";
  }
}

function targetWhere(user: SessionUser, filters: TargetFilters): Prisma.TargetWhereInput {
  const status: Prisma.TargetWhereInput | undefined =
    filters.status === undefined
      ? undefined
      : filters.status === "NO_DATA"
        ? { OR: [{ evaluations: { none: { provisional: filters.provisional } } }, { evaluations: { some: { provisional: filters.provisional, status: "NO_DATA" } } }] }
        : { evaluations: { some: { provisional: filters.provisional, status: filters.status } } };
  return {
    archivedAt: null,
    region: filters.region === undefined ? regionInScope(user) : { AND: [regionInScope(user), { code: filters.region }] },
    ...(filters.plan !== undefined && { planId: filters.plan }),
    ...(filters.area !== undefined && { area: { name: filters.area } }),
    ...(filters.department !== undefined && { leadDepartmentId: filters.department }),
    ...(filters.indicator !== undefined && { indicator: { code: filters.indicator } }),
    ...status,
  };
}

/** The filter's options: only values that occur among the targets in scope. */
async function listOptions(user: SessionUser) {
  const inScope: Prisma.TargetWhereInput = { archivedAt: null, region: regionInScope(user) };
  const [plans, areas, departments, indicators, regions] = await Promise.all([
    db.plan.findMany({ where: { targets: { some: inScope } }, select: { id: true, title: true, docNumber: true }, orderBy: { id: "asc" } }),
    db.area.findMany({ where: { targets: { some: inScope } }, select: { name: true, nameEn: true }, orderBy: [{ planId: "asc" }, { sortOrder: "asc" }] }),
    db.department.findMany({ where: { leadTargets: { some: inScope } }, select: { id: true, code: true, shortName: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.indicator.findMany({ where: { targets: { some: inScope } }, select: { code: true, name: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.region.findMany({ where: regionInScope(user), select: { code: true, name: true, nameEn: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
  ]);
  return {
    plans: plans.map((p) => ({ id: p.id, label: p.docNumber ? `${p.title}（${p.docNumber}）` : p.title })),
    areas: [...new Map(areas.map((a) => [a.name, a])).values()],
    departments,
    indicators,
    regions,
  };
}

/**
 * The ids of the matching targets in list order, from their sort keys alone: the group's label, the
 * status (worst first), the region's and the indicator's code.
 */
async function sortedIds(user: SessionUser, filters: TargetFilters): Promise<number[]> {
  const where = targetWhere(user, filters);
  const needle = filters.q?.toLowerCase();
  const [targets, statuses, regions, indicators, plans, areas, departments] = await Promise.all([
    db.target.findMany({
      where,
      select: { id: true, regionId: true, indicatorId: true, planId: true, areaId: true, leadDepartmentId: true, sourceSentence: needle !== undefined },
    }),
    db.targetEvaluation.findMany({ where: { provisional: filters.provisional, target: where }, select: { targetId: true, status: true } }),
    db.region.findMany({ where: regionInScope(user), select: { id: true, code: true } }),
    db.indicator.findMany({ select: { id: true, code: true, name: true, nameEn: true } }),
    db.plan.findMany({ select: { id: true, title: true } }),
    db.area.findMany({ select: { id: true, name: true } }),
    db.department.findMany({ select: { id: true, shortName: true } }),
  ]);
  const statusOf = new Map(statuses.map((s) => [s.targetId, s.status as TargetStatus]));
  const regionCode = new Map(regions.map((r) => [r.id, r.code]));
  const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
  const planTitle = new Map(plans.map((p) => [p.id, p.title]));
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const departmentName = new Map(departments.map((d) => [d.id, d.shortName]));
  const keyed = targets.flatMap((t) => {
    const indicator = indicatorOf.get(t.indicatorId);
    const status = statusOf.get(t.id) ?? "NO_DATA";
    const region = regionCode.get(t.regionId) ?? "";
    if (needle !== undefined && !`${indicator?.name ?? ""} ${indicator?.nameEn ?? ""} ${indicator?.code ?? ""} ${t.sourceSentence ?? ""}`.toLowerCase().includes(needle)) return [];
    const group = {
      plan: planTitle.get(t.planId) ?? "—",
      area: (t.areaId === null ? undefined : areaName.get(t.areaId)) ?? "—",
      department: (t.leadDepartmentId === null ? undefined : departmentName.get(t.leadDepartmentId)) ?? "—",
      region,
      status,
      none: "",
    }[filters.group];
    return [{ id: t.id, group, status, region, indicator: indicator?.code ?? "" }];
  });
  // One collator for the whole sort: localeCompare with a locale builds one per comparison (seconds for a province).
  keyed.sort((a, b) => collator.compare(a.group, b.group) || compareStatus(a.status, b.status) || compareCodes(a.region, b.region) || compareCodes(a.indicator, b.indicator) || a.id - b.id);
  return keyed.map((k) => k.id);
}

/** Full rows of these targets, in this order. */
async function rowsOf(user: SessionUser, ids: readonly number[], provisional: boolean): Promise<TargetRow[]> {
  if (ids.length === 0) return [];
  const data = await loadScopedTargets(user, { provisional, only: { targetIds: ids } });
  const byId = new Map(data.targets.map((t) => [t.id, toTargetRow(data, t)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of the filtered list; null when the region filter names a region outside the user's scope (404). */
export async function listTargetsPage(user: SessionUser, filters: TargetFilters) {
  if (filters.region !== undefined && !(await findRegionInScope(user, filters.region))) return null;
  const [ids, total, options] = await Promise.all([
    sortedIds(user, filters),
    db.target.count({ where: { archivedAt: null, region: regionInScope(user) } }),
    listOptions(user),
  ]);
  const pageCount = Math.max(1, Math.ceil(ids.length / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await rowsOf(user, ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), filters.provisional);
  return { rows, matched: ids.length, total, page, pageCount, options, groupKey: (row: TargetRow) => groupKey(row, filters.group) };
}

/** Every row of the filtered list (the export); null when the region is outside the user's scope. */
export async function listTargets(user: SessionUser, filters: TargetFilters) {
  if (filters.region !== undefined && !(await findRegionInScope(user, filters.region))) return null;
  return { rows: await rowsOf(user, await sortedIds(user, filters), filters.provisional) };
}

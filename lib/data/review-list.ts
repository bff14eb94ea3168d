// The review list (docs/design.md, "Screens"): one page of a quarter's figures in the reviewer's scope,
// narrowed by status, department, region subtree and indicator, grouped by department (then region).
// Paged on the server, so the page costs the same for a county and a province.
import "server-only";
import type { ComparatorValue } from "@/lib/validations/enums";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import { figureNumber, previousPeriod, toQuarter, type ExplanationReason, type TargetStatus } from "@/lib/domain";
import { checkFigures, checkKey } from "./figure-checks";
import { figureViewSelect, toFigureView, type FigureStatus, type FigureView } from "./figure-view";
import { findRegionInScope } from "./regions";
import { regionInScope } from "./scope";

/** Figures per page: a city's whole submission (and the demo's) fits on one. */
export const REVIEW_PAGE_SIZE = 200;

export interface ReviewFilter {
  year: number;
  quarter: number;
  status: FigureStatus;
  departmentId?: number;
  /** A region in scope: its own figures and those of its subtree. */
  regionCode?: string;
  indicatorCode?: string;
}

export interface ReviewItem {
  figure: FigureView;
  indicator: { id: number; code: string; name: string; nameEn: string | null; unit: string; kind: "RATE" | "STOCK" | "FLOW"; decimals: number };
  region: { id: number; code: string; name: string; nameEn: string | null };
  previous: number | null;
  target: { comparator: ComparatorValue; targetValue: number; deadlineYear: number; status: TargetStatus | null } | null;
  reasons: ExplanationReason[];
}

export interface ReviewGroup {
  /** `count`: the department's figures under the whole filter, on every page. */
  department: { id: number; code: string; name: string; nameEn: string | null; count: number };
  items: ReviewItem[];
}

export interface ReviewPage {
  groups: ReviewGroup[];
  total: number;
  page: number;
  pageCount: number;
  /** Departments with figures under the filter (other than the department), for the picker. */
  departments: { id: number; code: string; name: string; nameEn: string | null; count: number }[];
  /** Indicators with figures under the filter (other than the indicator), for the picker. */
  indicators: { code: string; name: string; nameEn: string | null }[];
}

const reviewSelect = {
  ...figureViewSelect,
  indicator: { select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true } },
  region: { select: { id: true, code: true, name: true, nameEn: true } },
} as const;

/**
 * The `where` of the filter, scoped to the user; null when the region is not in scope. Shared by the
 * list and the bulk approval, so "approve all" acts on exactly the figures the list counts.
 */
export async function reviewWhere(user: SessionUser, filter: ReviewFilter): Promise<Prisma.FigureWhereInput | null> {
  const region = filter.regionCode ? await findRegionInScope(user, filter.regionCode) : null;
  if (filter.regionCode && !region) return null;
  return whereIn(user, region?.path ?? user.scopePath, filter);
}

function whereIn(user: SessionUser, regionPath: string, filter: Omit<ReviewFilter, "regionCode">): Prisma.FigureWhereInput {
  return {
    year: filter.year,
    quarter: filter.quarter,
    status: filter.status,
    region: { AND: [regionInScope(user), { path: { startsWith: regionPath } }] },
    ...(filter.departmentId !== undefined && { departmentId: filter.departmentId }),
    ...(filter.indicatorCode && { indicator: { code: filter.indicatorCode } }),
  };
}

const EMPTY: ReviewPage = { groups: [], total: 0, page: 1, pageCount: 1, departments: [], indicators: [] };

export async function listReviewPage(user: SessionUser, filter: ReviewFilter, requestedPage = 1): Promise<ReviewPage> {
  if (!can(user, "figure.review")) return EMPTY;
  const region = filter.regionCode ? await findRegionInScope(user, filter.regionCode) : null;
  if (filter.regionCode && !region) return EMPTY;
  const regionPath = region?.path ?? user.scopePath;
  const where = whereIn(user, regionPath, filter);
  const [total, departmentCounts, indicatorIds] = await Promise.all([
    db.figure.count({ where }),
    db.figure.groupBy({ by: ["departmentId"], where: whereIn(user, regionPath, { ...filter, departmentId: undefined }), _count: { _all: true } }),
    db.figure.groupBy({ by: ["indicatorId"], where: whereIn(user, regionPath, { ...filter, indicatorCode: undefined }) }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const [figures, departmentRows, indicators] = await Promise.all([
    db.figure.findMany({
      where,
      orderBy: [{ departmentId: "asc" }, { region: { sortOrder: "asc" } }, { region: { code: "asc" } }, { indicatorId: "asc" }, { id: "asc" }],
      skip: (page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: reviewSelect,
    }),
    db.department.findMany({ where: { id: { in: departmentCounts.flatMap((c) => (c.departmentId === null ? [] : [c.departmentId])) } }, orderBy: { id: "asc" }, select: { id: true, code: true, name: true, nameEn: true } }),
    db.indicator.findMany({ where: { id: { in: indicatorIds.map((i) => i.indicatorId) } }, orderBy: { code: "asc" }, select: { code: true, name: true, nameEn: true } }),
  ]);
  const countOf = new Map(departmentCounts.map((c) => [c.departmentId ?? 0, c._count._all]));
  const departments = departmentRows.map((d) => ({ ...d, count: countOf.get(d.id) ?? 0 }));
  const items = await describeItems(filter, figures);

  const groups = new Map<number, ReviewGroup>();
  figures.forEach((f, i) => {
    const id = f.departmentId ?? 0;
    const department = departments.find((d) => d.id === id) ?? { id, code: "", name: "", nameEn: null, count: countOf.get(0) ?? 0 };
    const group = groups.get(id) ?? { department, items: [] };
    groups.set(id, group);
    const item = items[i];
    if (item) group.items.push(item);
  });
  return { groups: [...groups.values()], total, page, pageCount, departments, indicators };
}

type ReviewFigure = Prisma.FigureGetPayload<{ select: typeof reviewSelect }>;

/** Last quarter's value, the target and the explanation check of each figure of a page (one page: short id lists). */
async function describeItems(period: { year: number; quarter: number }, figures: readonly ReviewFigure[]): Promise<ReviewItem[]> {
  const q = toQuarter(period.quarter);
  const prev = q ? previousPeriod({ year: period.year, quarter: q }) : null;
  const indicatorIds = [...new Set(figures.map((f) => f.indicatorId))];
  const regionIds = [...new Set(figures.map((f) => f.regionId))];
  const [previousFigures, targets, checks] = await Promise.all([
    prev
      ? db.figure.findMany({
          where: { indicatorId: { in: indicatorIds }, regionId: { in: regionIds }, year: prev.year, quarter: prev.quarter, status: { in: ["APPROVED", "SUBMITTED"] } },
          select: { indicatorId: true, regionId: true, value: true, numerator: true, denominator: true, indicator: { select: { kind: true } } },
        })
      : [],
    db.target.findMany({
      where: { archivedAt: null, indicatorId: { in: indicatorIds }, regionId: { in: regionIds } },
      orderBy: [{ deadlineYear: "asc" }, { id: "asc" }],
      select: { indicatorId: true, regionId: true, comparator: true, targetValue: true, deadlineYear: true, evaluations: { where: { provisional: true }, select: { status: true } } },
    }),
    checkFigures(
      db,
      period,
      figures.map((f) => ({ indicatorId: f.indicatorId, regionId: f.regionId, values: f })),
      new Map(figures.map((f) => [f.indicatorId, f.indicator.kind])),
      new Map(figures.map((f) => [f.indicatorId, f.indicator.decimals])),
    ),
  ]);
  const previousAt = new Map(previousFigures.map((f) => [checkKey(f.indicatorId, f.regionId), figureNumber(f.indicator.kind, f)]));
  const targetAt = new Map(targets.map((t) => [checkKey(t.indicatorId, t.regionId), t]));
  return figures.map((f) => {
    const key = checkKey(f.indicatorId, f.regionId);
    const target = targetAt.get(key);
    return {
      figure: toFigureView(f),
      indicator: f.indicator,
      region: f.region,
      previous: previousAt.get(key) ?? null,
      target: target ? { comparator: target.comparator, targetValue: target.targetValue, deadlineYear: target.deadlineYear, status: target.evaluations[0]?.status ?? null } : null,
      reasons: checks.get(key)?.reasons ?? [],
    };
  });
}

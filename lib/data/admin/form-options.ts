// Choices for admin forms (regions in scope, active departments, indicators, plans), shaped for selects.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { regionInScope } from "../scope";

/** Depth of a region below the national root, from its materialised path ("/000000/450000/" → 1). */
export function depthOf(path: string): number {
  return Math.max(0, path.split("/").filter(Boolean).length - 1);
}

export async function listRegionOptions(user: SessionUser, { includeInactive = false } = {}) {
  const rows = await db.region.findMany({
    where: { ...regionInScope(user), ...(includeInactive ? {} : { active: true }) },
    orderBy: { path: "asc" },
    select: { id: true, code: true, name: true, nameEn: true, level: true, path: true, active: true },
  });
  return rows.map(({ path, ...r }) => ({ ...r, depth: depthOf(path) }));
}

export async function listDepartmentOptions(_user: SessionUser) {
  return db.department.findMany({
    where: { active: true },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, shortName: true, nameEn: true },
  });
}

export async function listIndicatorOptions(_user: SessionUser) {
  return db.indicator.findMany({
    where: { active: true },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, direction: true },
  });
}

/** Plans the user may add targets to: issued by a region in scope and not archived. */
export async function listPlanOptions(user: SessionUser) {
  return db.plan.findMany({
    where: { archivedAt: null, issuingRegion: regionInScope(user) },
    orderBy: [{ issueDate: "desc" }, { id: "desc" }],
    select: { id: true, title: true, docNumber: true, issuingRegionId: true, deadline: true },
  });
}

export type RegionOption = Awaited<ReturnType<typeof listRegionOptions>>[number];
export type DepartmentOption = Awaited<ReturnType<typeof listDepartmentOptions>>[number];
export type IndicatorOption = Awaited<ReturnType<typeof listIndicatorOptions>>[number];
export type PlanOption = Awaited<ReturnType<typeof listPlanOptions>>[number];

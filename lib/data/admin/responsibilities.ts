// Which department reports which indicator for which regions. Nothing depends on a responsibility,
// so it can be deleted outright.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ResponsibilityInput } from "@/lib/validations/responsibility";
import { recordAudit } from "../audit";
import { findRegionInScope } from "../regions";
import { regionInScope } from "../scope";
import { assertCan, change } from "./run";
import { abort } from "../transaction";
import type { FieldErrors } from "@/lib/result";

const select = {
  id: true,
  department: { select: { id: true, code: true, name: true } },
  indicator: { select: { id: true, code: true, name: true } },
  region: { select: { id: true, code: true, name: true } },
} as const;

/** Duties per page: a province has thousands (80 indicators × 125 regions). */
export const RESPONSIBILITY_PAGE_SIZE = 200;

/** One page of the duties in scope, of a region's subtree and a department when given; null when the region is out of scope. */
export async function listResponsibilitiesPage(user: SessionUser, filter: { regionCode?: string; departmentId?: number }, page = 1) {
  assertCan(user, "master.manage");
  const region = filter.regionCode ? await findRegionInScope(user, filter.regionCode) : null;
  if (filter.regionCode && !region) return null;
  const where = {
    region: { AND: [regionInScope(user), ...(region ? [{ path: { startsWith: region.path } }] : [])] },
    ...(filter.departmentId !== undefined && { departmentId: filter.departmentId }),
  };
  const total = await db.responsibility.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / RESPONSIBILITY_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pageCount);
  const rows = await db.responsibility.findMany({
    where,
    orderBy: [{ region: { path: "asc" } }, { indicator: { code: "asc" } }, { id: "asc" }],
    select,
    skip: (shown - 1) * RESPONSIBILITY_PAGE_SIZE,
    take: RESPONSIBILITY_PAGE_SIZE,
  });
  return { rows, total, page: shown, pageCount, region };
}

export type ResponsibilityRow = NonNullable<Awaited<ReturnType<typeof listResponsibilitiesPage>>>["rows"][number];

export async function createResponsibility(user: SessionUser, input: ResponsibilityInput) {
  return change(user, "master.manage", async (tx) => {
    const [department, indicator, region] = await Promise.all([
      tx.department.findFirst({ where: { id: input.departmentId, active: true }, select: { id: true } }),
      tx.indicator.findFirst({ where: { id: input.indicatorId, active: true }, select: { id: true } }),
      tx.region.findFirst({ where: { id: input.regionId, active: true, ...regionInScope(user) }, select: { id: true } }),
    ]);
    const fieldErrors: FieldErrors = {};
    if (!department) fieldErrors.departmentId = [{ code: "admin.validation.choice" }];
    if (!indicator) fieldErrors.indicatorId = [{ code: "admin.validation.choice" }];
    if (!region) fieldErrors.regionId = [{ code: "admin.validation.choice" }];
    if (Object.keys(fieldErrors).length > 0) abort("INVALID", { fieldErrors });
    const existing = await tx.responsibility.findUnique({ where: { departmentId_indicatorId_regionId: input }, select: { id: true } });
    if (existing) abort("DUPLICATE", { fieldErrors: { indicatorId: [{ code: "admin.errors.duplicate.responsibility" }] } });
    const created = await tx.responsibility.create({ data: input, select });
    await recordAudit(tx, user, { action: "responsibility.create", entityType: "Responsibility", entityId: created.id, after: created });
    return created;
  });
}

export async function deleteResponsibility(user: SessionUser, id: number) {
  return change(user, "master.manage", async (tx) => {
    const before = await tx.responsibility.findFirst({ where: { id, region: regionInScope(user) }, select });
    if (!before) abort("NOT_FOUND");
    await tx.responsibility.delete({ where: { id } });
    await recordAudit(tx, user, { action: "responsibility.delete", entityType: "Responsibility", entityId: id, before });
    return { id };
  });
}

// Administration of the region tree: division codes, levels, parents. The materialised path of a
// region and of everything below it follows its code and parent.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { RegionInput } from "@/lib/validations/region";
import { REGION_LEVELS } from "@/lib/validations/enums";
import { recordAudit } from "../audit";
import { regionInScope } from "../scope";
import { depthOf } from "./form-options";
import { assertCan, change, abortDuplicate, abortIfInUse } from "./run";
import { abort } from "../transaction";

const adminSelect = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  level: true,
  path: true,
  parentId: true,
  sortOrder: true,
  active: true,
} as const;

export async function listRegionsForAdmin(user: SessionUser) {
  assertCan(user, "master.manage");
  const rows = await db.region.findMany({
    where: regionInScope(user),
    orderBy: { path: "asc" },
    select: { ...adminSelect, parent: { select: { name: true } }, _count: { select: { children: true, users: true, targets: true } } },
  });
  return rows.map(({ _count, parent, ...r }) => ({ ...r, parentName: parent?.name ?? null, depth: depthOf(r.path), ..._count }));
}

export type AdminRegionRow = Awaited<ReturnType<typeof listRegionsForAdmin>>[number];

export async function getRegionForAdmin(user: SessionUser, id: number) {
  assertCan(user, "master.manage");
  return db.region.findFirst({ where: { id, ...regionInScope(user) }, select: adminSelect });
}

async function findInScope(tx: DbTransaction, user: SessionUser, id: number) {
  const region = await tx.region.findFirst({ where: { id, ...regionInScope(user) }, select: adminSelect });
  return region ?? abort("NOT_FOUND");
}

const rank = (level: string) => REGION_LEVELS.indexOf(level as (typeof REGION_LEVELS)[number]);

async function checkParent(tx: DbTransaction, user: SessionUser, input: RegionInput) {
  if (input.parentId === null) abort("INVALID", { fieldErrors: { parentId: [{ code: "admin.validation.parentRequired" }] } });
  const parent = await tx.region.findFirst({ where: { id: input.parentId, ...regionInScope(user) }, select: adminSelect });
  if (!parent) abort("INVALID", { fieldErrors: { parentId: [{ code: "admin.validation.choice" }] } });
  if (rank(input.level) <= rank(parent.level)) abort("INVALID", { fieldErrors: { level: [{ code: "admin.validation.levelBelowParent" }] } });
  return parent;
}

export async function createRegion(user: SessionUser, input: RegionInput) {
  return change(user, "master.manage", async (tx) => {
    const parent = await checkParent(tx, user, input);
    if (await tx.region.findUnique({ where: { code: input.code }, select: { id: true } })) abortDuplicate("code");
    const created = await tx.region.create({
      data: { ...input, parentId: parent.id, path: `${parent.path}${input.code}/` },
      select: adminSelect,
    });
    await recordAudit(tx, user, { action: "region.create", entityType: "Region", entityId: created.id, after: created });
    return created;
  });
}

export async function updateRegion(user: SessionUser, id: number, input: RegionInput) {
  return change(user, "master.manage", async (tx) => {
    const before = await findInScope(tx, user, id);
    const isOwnScope = before.id === user.scopeRegionId;
    // The user's own scope region keeps its place in the tree: moving it would move it out of reach.
    const parentPath = isOwnScope
      ? before.path.slice(0, before.path.length - before.code.length - 1)
      : (await checkParent(tx, user, input)).path;
    if (isOwnScope && (input.code !== before.code || input.parentId !== before.parentId)) abort("SELF");
    if (!isOwnScope && parentPath.startsWith(before.path)) abort("INVALID", { fieldErrors: { parentId: [{ code: "admin.validation.parentInsideItself" }] } });
    if (input.code !== before.code && (await tx.region.findUnique({ where: { code: input.code }, select: { id: true } }))) abortDuplicate("code");
    const deepestChild = await tx.region.findMany({ where: { parentId: id }, select: { level: true } });
    if (deepestChild.some((c) => rank(c.level) <= rank(input.level))) abort("INVALID", { fieldErrors: { level: [{ code: "admin.validation.levelAboveChildren" }] } });

    const path = `${parentPath}${input.code}/`;
    const after = await tx.region.update({
      where: { id },
      data: { ...input, parentId: isOwnScope ? before.parentId : input.parentId, path },
      select: adminSelect,
    });
    if (path !== before.path) {
      const below = await tx.region.findMany({ where: { path: { startsWith: before.path }, id: { not: id } }, select: { id: true, path: true } });
      for (const r of below) await tx.region.update({ where: { id: r.id }, data: { path: path + r.path.slice(before.path.length) } });
    }
    await recordAudit(tx, user, { action: "region.update", entityType: "Region", entityId: id, before, after });
    return after;
  });
}

export async function setRegionActive(user: SessionUser, id: number, active: boolean) {
  return change(user, "master.manage", async (tx) => {
    const before = await findInScope(tx, user, id);
    if (before.id === user.scopeRegionId) abort("SELF");
    const after = await tx.region.update({ where: { id }, data: { active }, select: adminSelect });
    await recordAudit(tx, user, { action: active ? "region.activate" : "region.deactivate", entityType: "Region", entityId: id, before, after });
    return after;
  });
}

export async function deleteRegion(user: SessionUser, id: number) {
  return change(user, "master.manage", async (tx) => {
    const before = await findInScope(tx, user, id);
    if (before.id === user.scopeRegionId) abort("SELF");
    const counts = await tx.region.findUniqueOrThrow({
      where: { id },
      select: { _count: { select: { children: true, plans: true, targets: true, figures: true, responsibilities: true, users: true, apiTokens: true, assessmentSchemes: true, assessmentResults: true, warningCards: true } } },
    });
    abortIfInUse(counts._count);
    await tx.region.delete({ where: { id } });
    await recordAudit(tx, user, { action: "region.delete", entityType: "Region", entityId: id, before });
    return { id };
  });
}

// Administration of functional departments (市场监管, 发改 …). Departments are national functions,
// not per-region bodies, so they have no scope of their own.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DepartmentInput } from "@/lib/validations/department";
import { recordAudit } from "../audit";
import { assertCan, change, abortDuplicate, abortIfInUse } from "./run";
import { abort } from "../transaction";

const select = { id: true, code: true, name: true, shortName: true, nameEn: true, active: true } as const;

export async function listDepartmentsForAdmin(user: SessionUser) {
  assertCan(user, "master.manage");
  const rows = await db.department.findMany({
    orderBy: { code: "asc" },
    select: { ...select, _count: { select: { leadTargets: true, responsibilities: true, users: true } } },
  });
  return rows.map(({ _count, ...d }) => ({ ...d, ..._count }));
}

export type AdminDepartmentRow = Awaited<ReturnType<typeof listDepartmentsForAdmin>>[number];

export async function getDepartmentForAdmin(user: SessionUser, id: number) {
  assertCan(user, "master.manage");
  return db.department.findUnique({ where: { id }, select });
}

async function find(tx: DbTransaction, id: number) {
  return (await tx.department.findUnique({ where: { id }, select })) ?? abort("NOT_FOUND");
}

export async function createDepartment(user: SessionUser, input: DepartmentInput) {
  return change(user, "master.manage", async (tx) => {
    if (await tx.department.findUnique({ where: { code: input.code }, select: { id: true } })) abortDuplicate("code");
    const created = await tx.department.create({ data: input, select });
    await recordAudit(tx, user, { action: "department.create", entityType: "Department", entityId: created.id, after: created });
    return created;
  });
}

export async function updateDepartment(user: SessionUser, id: number, input: DepartmentInput) {
  return change(user, "master.manage", async (tx) => {
    const before = await find(tx, id);
    if (input.code !== before.code && (await tx.department.findUnique({ where: { code: input.code }, select: { id: true } }))) abortDuplicate("code");
    const after = await tx.department.update({ where: { id }, data: input, select });
    await recordAudit(tx, user, { action: "department.update", entityType: "Department", entityId: id, before, after });
    return after;
  });
}

export async function setDepartmentActive(user: SessionUser, id: number, active: boolean) {
  return change(user, "master.manage", async (tx) => {
    const before = await find(tx, id);
    const after = await tx.department.update({ where: { id }, data: { active }, select });
    await recordAudit(tx, user, { action: active ? "department.activate" : "department.deactivate", entityType: "Department", entityId: id, before, after });
    return after;
  });
}

export async function deleteDepartment(user: SessionUser, id: number) {
  return change(user, "master.manage", async (tx) => {
    const before = await find(tx, id);
    const { _count } = await tx.department.findUniqueOrThrow({
      where: { id },
      select: { _count: { select: { leadTargets: true, supportTargets: true, responsibilities: true, users: true, figures: true, apiTokens: true, rectificationTasks: true } } },
    });
    abortIfInUse(_count);
    await tx.department.delete({ where: { id } });
    await recordAudit(tx, user, { action: "department.delete", entityType: "Department", entityId: id, before });
    return { id };
  });
}

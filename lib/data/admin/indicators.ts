// Administration of indicators (what is measured). Indicators are shared by every plan and region:
// a user scoped below the whole installation (an office) may change or remove one only while no
// target, figure or reporting duty outside that scope uses it; otherwise it is the administrator's.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import type { IndicatorInput } from "@/lib/validations/indicator";
import { recordAudit } from "../audit";
import { assertCan, change, abortDuplicate, abortIfInUse } from "./run";
import { abort } from "../transaction";

const select = {
  id: true,
  code: true,
  name: true,
  nameEn: true,
  unit: true,
  kind: true,
  direction: true,
  decimals: true,
  definition: true,
  active: true,
} as const;

export async function listIndicatorsForAdmin(user: SessionUser) {
  assertCan(user, "plan.manage");
  const rows = await db.indicator.findMany({
    orderBy: { code: "asc" },
    select: { ...select, _count: { select: { targets: true, figures: true, responsibilities: true } } },
  });
  return rows.map(({ _count, ...i }) => ({ ...i, ..._count }));
}

export type AdminIndicatorRow = Awaited<ReturnType<typeof listIndicatorsForAdmin>>[number];

export async function getIndicatorForAdmin(user: SessionUser, id: number) {
  assertCan(user, "plan.manage");
  return db.indicator.findUnique({ where: { id }, select });
}

async function find(tx: DbTransaction, id: number) {
  return (await tx.indicator.findUnique({ where: { id }, select })) ?? abort("NOT_FOUND");
}

/** The indicator, when nothing outside the user's scope uses it; FORBIDDEN otherwise. */
async function findOwned(tx: DbTransaction, user: SessionUser, id: number) {
  const indicator = await find(tx, id);
  const outside = { indicatorId: id, region: { path: { not: { startsWith: user.scopePath } } } };
  const [targets, figures, responsibilities] = await Promise.all([
    tx.target.count({ where: outside }),
    tx.figure.count({ where: outside }),
    tx.responsibility.count({ where: outside }),
  ]);
  if (targets + figures + responsibilities > 0) abort("FORBIDDEN", { reason: "usedOutsideScope" });
  return indicator;
}

/** Creates an indicator inside a caller's transaction (also used by the document import). */
export async function insertIndicator(tx: DbTransaction, user: SessionUser, input: IndicatorInput, field = "code") {
  if (await tx.indicator.findUnique({ where: { code: input.code }, select: { id: true } })) {
    abort("DUPLICATE", { fieldErrors: { [field]: [{ code: "admin.errors.duplicate.code" }] } });
  }
  const created = await tx.indicator.create({ data: input, select });
  await recordAudit(tx, user, { action: "indicator.create", entityType: "Indicator", entityId: created.id, after: created });
  return created;
}

export async function createIndicator(user: SessionUser, input: IndicatorInput) {
  return change(user, "plan.manage", (tx) => insertIndicator(tx, user, input));
}

export async function updateIndicator(user: SessionUser, id: number, input: IndicatorInput) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findOwned(tx, user, id);
    if (input.code !== before.code && (await tx.indicator.findUnique({ where: { code: input.code }, select: { id: true } }))) abortDuplicate("code");
    // Figures are entered as numerator/denominator for rates only: the kind is fixed once figures exist.
    if (input.kind !== before.kind && (await tx.figure.count({ where: { indicatorId: id } })) > 0) {
      abort("INVALID", { fieldErrors: { kind: [{ code: "admin.validation.kindFixed" }] } });
    }
    const after = await tx.indicator.update({ where: { id }, data: input, select });
    await recordAudit(tx, user, { action: "indicator.update", entityType: "Indicator", entityId: id, before, after });
    return after;
  });
}

export async function setIndicatorActive(user: SessionUser, id: number, active: boolean) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findOwned(tx, user, id);
    const after = await tx.indicator.update({ where: { id }, data: { active }, select });
    await recordAudit(tx, user, { action: active ? "indicator.activate" : "indicator.deactivate", entityType: "Indicator", entityId: id, before, after });
    return after;
  });
}

export async function deleteIndicator(user: SessionUser, id: number) {
  return change(user, "plan.manage", async (tx) => {
    const before = await findOwned(tx, user, id);
    const { _count } = await tx.indicator.findUniqueOrThrow({ where: { id }, select: { _count: { select: { targets: true, figures: true, responsibilities: true } } } });
    abortIfInUse(_count);
    await tx.indicator.delete({ where: { id } });
    await recordAudit(tx, user, { action: "indicator.delete", entityType: "Indicator", entityId: id, before });
    return { id };
  });
}

// The one table of rules for the server action access matrix: each exported server action with the
// capability it needs (lib/permissions.ts), whether it acts on a record of a region (then a record
// outside the caller's scope is refused) and how to call it on the record of a place. Actions that
// delete or deactivate get a fresh record for every call.
import * as secondFactor from "@/app/(auth)/login/second-factor/actions";
import { INITIAL_SECOND_FACTOR_STATE } from "@/app/(auth)/login/second-factor/second-factor-state";
import * as departments from "@/app/(dashboard)/admin/departments/actions";
import * as indicators from "@/app/(dashboard)/admin/indicators/actions";
import * as plans from "@/app/(dashboard)/admin/plans/actions";
import * as planImport from "@/app/(dashboard)/admin/plans/import/actions";
import * as regions from "@/app/(dashboard)/admin/regions/actions";
import * as responsibilities from "@/app/(dashboard)/admin/responsibilities/actions";
import * as tokens from "@/app/(dashboard)/admin/tokens/actions";
import * as users from "@/app/(dashboard)/admin/users/actions";
import * as entry from "@/app/(dashboard)/entry/actions";
import * as periods from "@/app/(dashboard)/periods/actions";
import * as review from "@/app/(dashboard)/review/actions";
import * as locale from "@/app/locale-actions";
import { db } from "@/lib/db";
import type { Capability } from "@/lib/permissions";
import { indicatorForm, next, PASSWORD, PERIOD, planForm, targetForm, type Place, type Records } from "./action-records";

export interface ActionRule {
  capability: Capability | "public";
  /** "region": the call names a record of the place's region; "none": installation-wide. */
  scope: "region" | "none";
  call: (place: Place, records: Records) => Promise<unknown>;
}

/**
 * "use server" files added by the assessment, warnings, notifications, cascade, display and sign-in
 * work after this table was written; their rules are still to be written. Listed so every run names
 * them (a file in neither list fails the test); their own integration tests check their guards.
 */
export const ACTION_FILES_WITHOUT_RULES = [
  "app/(auth)/change-password/actions.ts",
  "app/(auth)/login/actions.ts",
  "app/(dashboard)/admin/notifications/actions.ts",
  "app/(dashboard)/admin/plans/[id]/targets/[targetId]/cascade/actions.ts",
  "app/(dashboard)/assessment/actions.ts",
  "app/(dashboard)/notifications/actions.ts",
  "app/(dashboard)/warnings/actions.ts",
  "app/display-actions.ts",
];

/** Every "use server" file under app/ and its module. */
export const ACTION_FILES: Record<string, () => Promise<Record<string, unknown>>> = {
  "app/(auth)/login/second-factor/actions.ts": async () => secondFactor,
  "app/(dashboard)/admin/departments/actions.ts": async () => departments,
  "app/(dashboard)/admin/indicators/actions.ts": async () => indicators,
  "app/(dashboard)/admin/plans/actions.ts": async () => plans,
  "app/(dashboard)/admin/plans/import/actions.ts": async () => planImport,
  "app/(dashboard)/admin/regions/actions.ts": async () => regions,
  "app/(dashboard)/admin/responsibilities/actions.ts": async () => responsibilities,
  "app/(dashboard)/admin/tokens/actions.ts": async () => tokens,
  "app/(dashboard)/admin/users/actions.ts": async () => users,
  "app/(dashboard)/entry/actions.ts": async () => entry,
  "app/(dashboard)/periods/actions.ts": async () => periods,
  "app/(dashboard)/review/actions.ts": async () => review,
  "app/locale-actions.ts": async () => locale,
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const figureVersion = async (id: number) => (await db.figure.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function figureCell(place: Place) {
  const where = { indicator: { code: "MFG_SPOT_PASS" }, region: { code: place.regionCode }, year: 2020, quarter: 3 };
  const stored = await db.figure.findFirst({ where, select: { version: true } });
  return [{ key: "cell", input: { indicator: "MFG_SPOT_PASS", region: place.regionCode, period: PERIOD, numerator: 95, denominator: 100, version: stored?.version ?? 0 } }];
}

async function importPayload(place: Place) {
  const quote = "到2025年,全市制造业产品质量监督抽查合格率稳定在95%以上。";
  const { planId: _planId, ...fields } = targetForm(place.planId, place.regionId, place.indicatorId);
  return { sourceText: quote, plan: { mode: "existing", planId: place.planId }, targets: [{ quote, indicator: { mode: "existing", indicatorId: (await db.indicator.findFirstOrThrow({ where: { active: true } })).id }, area: null, ...fields, indicatorId: undefined }] };
}

const M = "app/(dashboard)/admin";
export const actionRules: Record<string, ActionRule> = {
  [`${M}/departments/actions.ts:saveDepartment`]: { capability: "master.manage", scope: "none", call: () => departments.saveDepartment(null, null, form({ code: `MXD${next()}`, name: "矩阵部门", shortName: "矩" })) },
  [`${M}/departments/actions.ts:setDepartmentActiveAction`]: { capability: "master.manage", scope: "none", call: async (_p, r) => departments.setDepartmentActiveAction(await r.fresh.department(), false) },
  [`${M}/departments/actions.ts:deleteDepartmentAction`]: { capability: "master.manage", scope: "none", call: async (_p, r) => departments.deleteDepartmentAction(await r.fresh.department()) },

  [`${M}/indicators/actions.ts:saveIndicator`]: {
    capability: "plan.manage",
    scope: "region",
    call: async (p) => {
      const current = await db.indicator.findUniqueOrThrow({ where: { id: p.indicatorId } });
      return indicators.saveIndicator(p.indicatorId, null, form({ ...indicatorForm(), code: current.code, name: current.name }));
    },
  },
  [`${M}/indicators/actions.ts:setIndicatorActiveAction`]: { capability: "plan.manage", scope: "region", call: (p) => indicators.setIndicatorActiveAction(p.indicatorId, true) },
  [`${M}/indicators/actions.ts:deleteIndicatorAction`]: {
    capability: "plan.manage",
    scope: "region",
    call: async (p, r) => indicators.deleteIndicatorAction(p === r.in ? await r.fresh.indicator() : p.indicatorId),
  },

  [`${M}/plans/actions.ts:savePlan`]: { capability: "plan.manage", scope: "region", call: (p) => plans.savePlan(p.planId, null, form(planForm(p.regionId))) },
  [`${M}/plans/actions.ts:setPlanArchivedAction`]: { capability: "plan.manage", scope: "region", call: (p) => plans.setPlanArchivedAction(p.planId, false) },
  [`${M}/plans/actions.ts:deletePlanAction`]: { capability: "plan.manage", scope: "region", call: async (p, r) => plans.deletePlanAction(p === r.in ? await r.fresh.plan(p.regionId) : p.planId) },
  [`${M}/plans/actions.ts:saveArea`]: { capability: "plan.manage", scope: "region", call: (p) => plans.saveArea(p.planId, null, null, form({ name: `领域${next()}` })) },
  [`${M}/plans/actions.ts:deleteAreaAction`]: { capability: "plan.manage", scope: "region", call: async (p, r) => plans.deleteAreaAction(p.planId, p === r.in ? await r.fresh.area(p.planId) : p.areaId) },
  [`${M}/plans/actions.ts:saveTarget`]: {
    capability: "plan.manage",
    scope: "region",
    call: async (p, r) => plans.saveTarget(p.planId, null, null, form(targetForm(p.planId, p.regionId, await r.fresh.indicator()))),
  },
  [`${M}/plans/actions.ts:setTargetArchivedAction`]: { capability: "plan.manage", scope: "region", call: (p) => plans.setTargetArchivedAction(p.planId, p.targetId, false) },

  [`${M}/plans/import/actions.ts:readDocumentAction`]: {
    capability: "plan.manage",
    scope: "none",
    call: async () => {
      const data = new FormData();
      data.set("file", new File(["到2025年,全市制造业产品质量监督抽查合格率稳定在95%以上。"], "plan.txt", { type: "text/plain" }));
      return planImport.readDocumentAction(data);
    },
  },
  [`${M}/plans/import/actions.ts:analyseDocumentAction`]: { capability: "plan.manage", scope: "none", call: () => planImport.analyseDocumentAction("到2025年,全市制造业产品质量监督抽查合格率稳定在95%以上。") },
  [`${M}/plans/import/actions.ts:acceptImportAction`]: { capability: "plan.manage", scope: "region", call: async (p) => planImport.acceptImportAction(await importPayload(p)) },

  [`${M}/regions/actions.ts:saveRegion`]: {
    capability: "master.manage",
    scope: "none",
    call: (_p, r) => regions.saveRegion(null, null, form({ code: String(450681200 + next()), name: "矩阵镇", level: "TOWNSHIP", parentId: String(r.in.regionId) })),
  },
  [`${M}/regions/actions.ts:setRegionActiveAction`]: { capability: "master.manage", scope: "none", call: async (_p, r) => regions.setRegionActiveAction(await r.fresh.region(), false) },
  [`${M}/regions/actions.ts:deleteRegionAction`]: { capability: "master.manage", scope: "none", call: async (_p, r) => regions.deleteRegionAction(await r.fresh.region()) },

  [`${M}/responsibilities/actions.ts:addResponsibility`]: {
    capability: "master.manage",
    scope: "none",
    call: async (_p, r) => responsibilities.addResponsibility(null, form({ departmentId: String(r.scjId), indicatorId: String(await r.fresh.indicator()), regionId: String(r.in.regionId) })),
  },
  [`${M}/responsibilities/actions.ts:removeResponsibility`]: { capability: "master.manage", scope: "none", call: async (_p, r) => responsibilities.removeResponsibility(await r.fresh.responsibility()) },

  [`${M}/tokens/actions.ts:createApiTokenAction`]: { capability: "token.manage", scope: "none", call: (_p, r) => tokens.createApiTokenAction(null, form({ name: `matrix${next()}`, role: "VIEWER", scopeRegionId: String(r.in.regionId) })) },
  [`${M}/tokens/actions.ts:revokeApiTokenAction`]: { capability: "token.manage", scope: "none", call: async (_p, r) => tokens.revokeApiTokenAction(await r.fresh.token()) },

  [`${M}/users/actions.ts:createUserAction`]: {
    capability: "user.manage",
    scope: "none",
    call: (_p, r) => users.createUserAction(null, form({ username: `matrixu${next()}`, name: "矩阵", role: "VIEWER", scopeRegionId: String(r.in.regionId), password: PASSWORD, passwordConfirm: PASSWORD })),
  },
  [`${M}/users/actions.ts:updateUserAction`]: {
    capability: "user.manage",
    scope: "none",
    call: async (_p, r) => {
      const id = await r.fresh.user();
      const { version } = await db.user.findUniqueOrThrow({ where: { id }, select: { version: true } });
      return users.updateUserAction(id, null, form({ name: "矩阵改", role: "VIEWER", scopeRegionId: String(r.in.regionId), version: String(version) }));
    },
  },
  [`${M}/users/actions.ts:resetPasswordAction`]: { capability: "user.manage", scope: "none", call: async (_p, r) => users.resetPasswordAction(await r.fresh.user(), null, form({ password: PASSWORD, passwordConfirm: PASSWORD })) },
  [`${M}/users/actions.ts:setUserActiveAction`]: { capability: "user.manage", scope: "none", call: async (_p, r) => users.setUserActiveAction(await r.fresh.user(), false) },
  [`${M}/users/actions.ts:resetSecondFactorAction`]: { capability: "user.manage", scope: "none", call: async (_p, r) => users.resetSecondFactorAction(await r.fresh.user()) },

  "app/(dashboard)/entry/actions.ts:saveFiguresAction": { capability: "figure.enter", scope: "region", call: async (p) => entry.saveFiguresAction(await figureCell(p)) },
  "app/(dashboard)/entry/actions.ts:submitPeriodAction": { capability: "figure.enter", scope: "none", call: (_p, r) => entry.submitPeriodAction({ period: PERIOD, departmentId: r.scjId }) },
  "app/(dashboard)/entry/actions.ts:figureHistoryAction": { capability: "dashboard.view", scope: "region", call: (p) => entry.figureHistoryAction(p.history) },

  "app/(dashboard)/periods/actions.ts:updatePeriodAction": { capability: "period.manage", scope: "none", call: () => periods.updatePeriodAction({ period: PERIOD, dueDate: "2020-10-20" }) },

  "app/(dashboard)/review/actions.ts:approveAction": { capability: "figure.review", scope: "region", call: async (p) => review.approveAction({ figures: [{ id: p.submitted.id, version: await figureVersion(p.submitted.id) }] }) },
  "app/(dashboard)/review/actions.ts:returnAction": {
    capability: "figure.review",
    scope: "region",
    call: async (p) => review.returnAction({ figure: { id: p.submitted.id, version: await figureVersion(p.submitted.id) }, comment: "请核对数据来源" }),
  },
  "app/(dashboard)/review/actions.ts:reopenAction": {
    capability: "figure.review",
    scope: "region",
    call: async (p) => review.reopenAction({ figure: { id: p.approved.id, version: await figureVersion(p.approved.id) }, reason: "数据需要更正" }),
  },
  "app/(dashboard)/review/actions.ts:approveMatchingAction": {
    capability: "figure.review",
    scope: "region",
    call: (p, r) => review.approveMatchingAction({ period: PERIOD, departmentId: r.scjId, regionCode: p.regionCode, count: 1, shownAt: new Date().toISOString() }),
  },

  "app/locale-actions.ts:setLocale": { capability: "public", scope: "none", call: () => locale.setLocale("en") },
  // Public: what it acts on is the pending step its cookie names (none here: "expired"), never a session.
  "app/(auth)/login/second-factor/actions.ts:secondFactorAction": {
    capability: "public",
    scope: "none",
    call: () => secondFactor.secondFactorAction(INITIAL_SECOND_FACTOR_STATE, form({ code: "123456" })),
  },
};

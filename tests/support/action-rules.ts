// The one table of rules for the server action access matrix: each exported server action with the
// capability it needs (lib/permissions.ts) or the roles that may call it, whether it acts on a record
// of a region (then a record outside the caller's scope is refused) and how to call it on the record
// of a place. Actions that delete, deactivate or close get a fresh record for every call.
import * as changePassword from "@/app/(auth)/change-password/actions";
import * as signIn from "@/app/(auth)/login/actions";
import { INITIAL_SIGN_IN_STATE } from "@/app/(auth)/login/sign-in-state";
import * as secondFactor from "@/app/(auth)/login/second-factor/actions";
import { INITIAL_SECOND_FACTOR_STATE } from "@/app/(auth)/login/second-factor/second-factor-state";
import * as departments from "@/app/(dashboard)/admin/departments/actions";
import * as indicators from "@/app/(dashboard)/admin/indicators/actions";
import * as notificationSettings from "@/app/(dashboard)/admin/notifications/actions";
import * as cascade from "@/app/(dashboard)/admin/plans/[id]/targets/[targetId]/cascade/actions";
import * as plans from "@/app/(dashboard)/admin/plans/actions";
import * as planImport from "@/app/(dashboard)/admin/plans/import/actions";
import * as regions from "@/app/(dashboard)/admin/regions/actions";
import * as responsibilities from "@/app/(dashboard)/admin/responsibilities/actions";
import * as tokens from "@/app/(dashboard)/admin/tokens/actions";
import * as users from "@/app/(dashboard)/admin/users/actions";
import * as assessment from "@/app/(dashboard)/assessment/actions";
import * as entry from "@/app/(dashboard)/entry/actions";
import * as notifications from "@/app/(dashboard)/notifications/actions";
import * as periods from "@/app/(dashboard)/periods/actions";
import * as review from "@/app/(dashboard)/review/actions";
import * as warnings from "@/app/(dashboard)/warnings/actions";
import * as display from "@/app/display-actions";
import * as locale from "@/app/locale-actions";
import type { Role } from "@/lib/auth/session-user";
import { DEMO_PASSWORD } from "@/lib/demo-accounts";
import { db } from "@/lib/db";
import type { Capability } from "@/lib/permissions";
import { APPEAL_YEAR, ASSESSMENT_YEAR, indicatorForm, next, PASSWORD, PERIOD, planForm, targetForm, type Place, type Records } from "./action-records";

export interface ActionRule {
  /**
   * What a signed-in caller needs: a capability, any role ("signedIn": the caller's own records), or
   * the roles named where the action's rule is not one capability; "public": anyone, signed in or not.
   */
  capability: Capability | "signedIn" | "public" | readonly Role[];
  /** "region": the call names a record of the place's region; "none": installation-wide, or the caller's own. */
  scope: "region" | "none";
  /**
   * How a record outside the scope is refused when not as forbidden or not found: "invalidChoice",
   * a form field's choice that is not one of the caller's (as a region code that does not exist).
   */
  outside?: "invalidChoice";
  call: (place: Place, records: Records) => Promise<unknown>;
}

/** Every "use server" file under app/ and its module. */
export const ACTION_FILES: Record<string, () => Promise<Record<string, unknown>>> = {
  "app/(auth)/change-password/actions.ts": async () => changePassword,
  "app/(auth)/login/actions.ts": async () => signIn,
  "app/(auth)/login/second-factor/actions.ts": async () => secondFactor,
  "app/(dashboard)/admin/departments/actions.ts": async () => departments,
  "app/(dashboard)/admin/indicators/actions.ts": async () => indicators,
  "app/(dashboard)/admin/notifications/actions.ts": async () => notificationSettings,
  "app/(dashboard)/admin/plans/[id]/targets/[targetId]/cascade/actions.ts": async () => cascade,
  "app/(dashboard)/admin/plans/actions.ts": async () => plans,
  "app/(dashboard)/admin/plans/import/actions.ts": async () => planImport,
  "app/(dashboard)/admin/regions/actions.ts": async () => regions,
  "app/(dashboard)/admin/responsibilities/actions.ts": async () => responsibilities,
  "app/(dashboard)/admin/tokens/actions.ts": async () => tokens,
  "app/(dashboard)/admin/users/actions.ts": async () => users,
  "app/(dashboard)/assessment/actions.ts": async () => assessment,
  "app/(dashboard)/entry/actions.ts": async () => entry,
  "app/(dashboard)/notifications/actions.ts": async () => notifications,
  "app/(dashboard)/periods/actions.ts": async () => periods,
  "app/(dashboard)/review/actions.ts": async () => review,
  "app/(dashboard)/warnings/actions.ts": async () => warnings,
  "app/display-actions.ts": async () => display,
  "app/locale-actions.ts": async () => locale,
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const targetVersion = async (id: number) => (await db.target.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const cardVersion = async (id: number) => (await db.warningCard.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const taskVersion = async (id: number) => (await db.rectificationTask.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
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

/** A region's assessment of a year with one item's score and reason (the score forms' fields). */
const scoreForm = (year: number, region: string, extra: Record<string, string> = {}) =>
  form({ year: String(year), region, "points.ORG_LEADERSHIP": "1", "reason.ORG_LEADERSHIP": "会议纪要只覆盖上半年", ...extra });
const PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

/** The roles that may report on a rectification task: the office in scope, or the task's own department (dept-scj's). */
const TASK_REPORTERS: readonly Role[] = ["ADMIN", "OFFICE", "DEPARTMENT"];

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

  [`${M}/plans/[id]/targets/[targetId]/cascade/actions.ts:acceptCascade`]: {
    capability: "plan.manage",
    scope: "region",
    // In scope: the place's target handed down to a new township of the county.
    call: async (p, r) =>
      cascade.acceptCascade(p.planId, p.targetId, { parentVersion: await targetVersion(p.targetId), rows: [{ regionId: p === r.in ? await r.fresh.region() : p.regionId, value: 96, version: null, overwrite: false }] }),
  },

  [`${M}/notifications/actions.ts:saveNotificationSettings`]: {
    capability: "user.manage",
    scope: "none",
    call: () => notificationSettings.saveNotificationSettings(null, form({ dueSoonDays: "5", smtpUrl: "", from: "", baseUrl: "" })),
  },

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

  // Signing in is for anyone: a new account's first sign-in, sent on to the home page.
  "app/(auth)/login/actions.ts:signInAction": {
    capability: "public",
    scope: "none",
    call: async (_p, r) => {
      const { username } = await db.user.findUniqueOrThrow({ where: { id: await r.fresh.user() }, select: { username: true } });
      return signIn.signInAction(INITIAL_SIGN_IN_STATE, form({ username, password: PASSWORD, callbackUrl: "/" }));
    },
  },
  // Every caller's own records, keyed by the signed-in user's id: nothing of another user's to name.
  "app/(auth)/change-password/actions.ts:changeOwnPasswordAction": {
    capability: "signedIn",
    scope: "none",
    call: () => changePassword.changeOwnPasswordAction(null, form({ currentPassword: DEMO_PASSWORD, password: PASSWORD, passwordConfirm: PASSWORD })),
  },
  "app/(dashboard)/notifications/actions.ts:markRead": { capability: "signedIn", scope: "none", call: () => notifications.markRead("all") },
  "app/(dashboard)/notifications/actions.ts:savePreferences": {
    capability: "signedIn",
    scope: "none",
    call: () => notifications.savePreferences(null, form({ email: "matrix@example.org", locale: "zh-CN", emailEnabled: "on" })),
  },
  "app/display-actions.ts:setDisplaySettingsAction": { capability: "signedIn", scope: "none", call: () => display.setDisplaySettingsAction({ largeText: true, highContrast: false }) },

  // The assessed region's own office: the demo city's office self-assesses its city (assessed by the province).
  "app/(dashboard)/assessment/actions.ts:selfAssessmentAction": {
    capability: "assessment.selfAssess",
    scope: "region",
    call: (p) => assessment.selfAssessmentAction(null, scoreForm(ASSESSMENT_YEAR, p.ownCode, { intent: "save" })),
  },
  "app/(dashboard)/assessment/actions.ts:evidenceAction": {
    capability: "assessment.selfAssess",
    scope: "region",
    call: (p) => {
      const data = form({ year: String(ASSESSMENT_YEAR), region: p.ownCode, itemCode: "ORG_LEADERSHIP" });
      data.set("file", new File([PDF], "领导小组会议纪要.pdf", { type: "application/pdf" }));
      return assessment.evidenceAction(null, data);
    },
  },
  "app/(dashboard)/assessment/actions.ts:appealAction": {
    capability: "assessment.selfAssess",
    scope: "region",
    call: (p) => assessment.appealAction(null, form({ year: String(ASSESSMENT_YEAR), region: p.ownCode, itemCode: "ORG_LEADERSHIP", reason: "会议纪要齐全" })),
  },
  // The assessing region's office: the city's office (or the administrator) verifies its counties.
  "app/(dashboard)/assessment/actions.ts:verifyAction": { capability: "assessment.verify", scope: "region", call: (p) => assessment.verifyAction(null, scoreForm(ASSESSMENT_YEAR, p.assessedCode)) },
  "app/(dashboard)/assessment/actions.ts:returnAction": {
    capability: "assessment.verify",
    scope: "region",
    call: (p) => assessment.returnAction(null, form({ year: String(ASSESSMENT_YEAR), region: p.assessedCode, comment: "请补充会议纪要" })),
  },
  "app/(dashboard)/assessment/actions.ts:checkAction": {
    capability: "assessment.verify",
    scope: "region",
    call: (p) => assessment.checkAction(null, form({ year: String(ASSESSMENT_YEAR), region: p.assessedCode, itemCode: "ORG_LEADERSHIP", checkedOn: "2021-02-10", findings: "现场查阅会议纪要原件" })),
  },
  "app/(dashboard)/assessment/actions.ts:publishAction": {
    capability: "assessment.verify",
    scope: "region",
    call: (p) => assessment.publishAction(null, form({ year: String(ASSESSMENT_YEAR), region: p.assessingCode })),
  },
  "app/(dashboard)/assessment/actions.ts:copySchemeAction": {
    capability: "assessment.verify",
    scope: "region",
    call: (p) => assessment.copySchemeAction(null, form({ region: p.assessingCode, fromYear: String(ASSESSMENT_YEAR), toYear: "2050" })),
  },
  "app/(dashboard)/assessment/actions.ts:decideAction": {
    capability: "assessment.verify",
    scope: "region",
    call: (p) => assessment.decideAction(null, form({ year: String(APPEAL_YEAR), region: p.assessedCode, appealId: String(p.appealId), decision: "REJECTED", reason: "纪要不能证明全年工作" })),
  },

  // Cards of the regions below the office's own; a region code outside the scope is not a region the form offers.
  "app/(dashboard)/warnings/actions.ts:issueCardAction": {
    capability: "warning.manage",
    scope: "region",
    outside: "invalidChoice",
    call: (p) => warnings.issueCardAction(null, form({ regionCode: p.regionCode, color: "YELLOW", reason: "抽查合格率连续两个季度低于目标" })),
  },
  "app/(dashboard)/warnings/actions.ts:closeCardAction": {
    capability: "warning.manage",
    scope: "region",
    call: async (p, r) => {
      const cardId = p === r.in ? await r.fresh.card(p.regionCode) : p.cardId;
      return warnings.closeCardAction(null, form({ cardId: String(cardId), version: String(await cardVersion(cardId)), reason: "误发", decision: "withdraw" }));
    },
  },
  "app/(dashboard)/warnings/actions.ts:confirmLiftAction": {
    capability: "warning.manage",
    scope: "region",
    call: async (p) => warnings.confirmLiftAction(null, form({ cardId: String(p.cardId), version: String(await cardVersion(p.cardId)) })),
  },
  "app/(dashboard)/warnings/actions.ts:addTaskAction": {
    capability: "warning.manage",
    scope: "region",
    call: (p, r) => warnings.addTaskAction(null, form({ cardId: String(p.cardId), departmentId: String(r.scjId), deadline: "2030-06-30", actions: "组织专项整治" })),
  },
  "app/(dashboard)/warnings/actions.ts:addNoteAction": {
    capability: TASK_REPORTERS,
    scope: "region",
    call: (p) => warnings.addNoteAction(null, form({ taskId: String(p.taskId), cardId: String(p.cardId), [`note-${p.taskId}`]: "已完成第一轮抽查" })),
  },
  "app/(dashboard)/warnings/actions.ts:completeTaskAction": {
    capability: TASK_REPORTERS,
    scope: "region",
    call: async (p, r) => {
      const taskId = p === r.in ? await r.fresh.task(p.cardId) : p.taskId;
      return warnings.completeTaskAction(null, form({ taskId: String(taskId), cardId: String(p.cardId), version: String(await taskVersion(taskId)) }));
    },
  },
  // Public: what it acts on is the pending step its cookie names (none here: "expired"), never a session.
  "app/(auth)/login/second-factor/actions.ts:secondFactorAction": {
    capability: "public",
    scope: "none",
    call: () => secondFactor.secondFactorAction(INITIAL_SECOND_FACTOR_STATE, form({ code: "123456" })),
  },
};

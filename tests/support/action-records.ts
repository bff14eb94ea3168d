// Records for the server action access matrix (tests/integration/security/action-matrix.test.ts): one
// place inside every demo account's scope (东兴市) and one outside every scope but the administrator's
// (河北省), each with a plan, an area, a target, an indicator, figures to review, a warning card with
// a task of 市场监管局 and the year's assessment as its assessed and its assessing region; and
// factories that make a fresh record for each call of an action that deletes, deactivates or closes one.
import { createApiToken } from "@/lib/data/admin/api-tokens";
import { createDepartment } from "@/lib/data/admin/departments";
import { createIndicator } from "@/lib/data/admin/indicators";
import { createArea, createPlan } from "@/lib/data/admin/plans";
import { fileAppeal } from "@/lib/data/assessment/appeals";
import { publishAssessment } from "@/lib/data/assessment/publication";
import { createRegion } from "@/lib/data/admin/regions";
import { createResponsibility } from "@/lib/data/admin/responsibilities";
import { createTarget } from "@/lib/data/admin/targets";
import { createUser } from "@/lib/data/admin/users";
import { issueCard } from "@/lib/data/warnings/cards";
import { addTask } from "@/lib/data/warnings/tasks";
import { db } from "@/lib/db";
import type { Result } from "@/lib/result";
import { apiTokenSchema } from "@/lib/validations/api-token";
import { departmentSchema } from "@/lib/validations/department";
import { indicatorSchema } from "@/lib/validations/indicator";
import { areaSchema, planSchema } from "@/lib/validations/plan";
import { regionSchema } from "@/lib/validations/region";
import { targetSchema } from "@/lib/validations/target";
import { createUserSchema } from "@/lib/validations/user";
import { taskSchema } from "@/lib/validations/warnings";
import { userNamed } from "./users";

export const PERIOD = "2020Q3";
/** The demo's assessment year the city's office verifies (nothing published). */
export const ASSESSMENT_YEAR = 2020;
/** The demo's published year, with a pending appeal of 东兴市's. */
export const APPEAL_YEAR = 2019;
export const PASSWORD = "Matrix#2026a";

let serial = 0;
/** A number unique within the run, for codes and names. */
export const next = () => ++serial;

function created<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`fixture not created: ${JSON.stringify(result)}`);
  return result.data;
}

export const planForm = (regionId: number) => ({ title: `矩阵规划${next()}`, issuingRegionId: String(regionId), periodStart: "2021-01-01", deadline: "2025-12-31", stages: "[]" });
export const targetForm = (planId: number, regionId: number, indicatorId: number) => ({
  planId: String(planId),
  indicatorId: String(indicatorId),
  regionId: String(regionId),
  comparator: "GTE",
  targetValue: "90",
  deadlineYear: "2025",
  measure: "LEVEL",
});
export const indicatorForm = () => ({ code: `MATRIX_${next()}`, name: `矩阵指标${serial}`, unit: "%", kind: "RATE", direction: "HIGHER_IS_BETTER", decimals: "1" });

export interface Place {
  regionId: number;
  regionCode: string;
  regionPath: string;
  planId: number;
  areaId: number;
  targetId: number;
  /** In scope: an indicator nothing uses; outside: one used in the place's region. */
  indicatorId: number;
  submitted: { id: number; version: number };
  approved: { id: number; version: number };
  history: number;
  /** An open card of the region, with a task of 市场监管局 (dept-scj's department). */
  cardId: number;
  taskId: number;
  /** A region the city's office assesses (东兴市, by 防城港市), or one outside its scope. */
  assessedCode: string;
  /** The region whose own office self-assesses and appeals: 防城港市 (the office's city, assessed by 广西), or one outside. */
  ownCode: string;
  /** An assessing region: 防城港市, or one outside the city office's scope. */
  assessingCode: string;
  /** A pending appeal of the assessed region's result in APPEAL_YEAR (outside: the same appeal, named with the outside region). */
  appealId: number;
}

export type Records = Awaited<ReturnType<typeof createRecords>>;

/** A figure of the region set to the status, with its version. */
async function figureIn(regionId: number, status: "SUBMITTED" | "APPROVED", skip: number) {
  const figure = await db.figure.findFirstOrThrow({ where: { regionId }, orderBy: [{ year: "desc" }, { id: "asc" }], skip, select: { id: true } });
  const updated = await db.figure.update({ where: { id: figure.id }, data: { status, version: { increment: 1 } }, select: { id: true, version: true } });
  return updated;
}

/**
 * The province's scheme of the year (a copy of the city's), so that the demo city's office has an
 * assessment of its own city to self-assess, as a county's office has of its county.
 */
async function provinceScheme(cityCode: string, year: number) {
  const { parentId } = await db.region.findUniqueOrThrow({ where: { code: cityCode }, select: { parentId: true } });
  if (parentId === null) throw new Error(`${cityCode} has no province`);
  const source = await db.assessmentScheme.findFirstOrThrow({ where: { region: { code: cityCode }, year }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
  const { id: _id, regionId: _regionId, copiedFromId: _copied, lockedAt: _locked, createdAt: _created, updatedAt: _updated, versions, ...fields } = source;
  await db.assessmentScheme.create({
    data: { ...fields, regionId: parentId, name: `${year}年度矩阵省级考核`, versions: { create: { version: 1, definition: versions[0]?.definition ?? "" } } },
  });
}

/** Publishes the city's year and files 东兴市's appeal of one item: a pending appeal to decide. */
async function pendingAppeal(year: number, cityCode: string, countyCode: string) {
  const published = await publishAssessment(await userNamed("office"), { year, region: cityCode });
  if (!published.ok) throw new Error(`fixture not created: ${JSON.stringify(published)}`);
  return created(await fileAppeal(await userNamed("office-dx"), { year, region: countyCode }, { itemCode: "ORG_LEADERSHIP", reason: "会议纪要齐全", requestedPoints: null }, null)).id;
}

export async function createRecords() {
  const admin = await userNamed("admin");
  const scj = await db.department.findUniqueOrThrow({ where: { code: "SCJ" } });
  // An indicator with a target in 河北: outside the scope of everyone but the administrator.
  const used = await db.target.findFirstOrThrow({ where: { region: { code: "130000" } }, select: { indicatorId: true } });

  const factories = {
    plan: async (regionId: number) => created(await createPlan(admin, planSchema.parse(planForm(regionId)))).id,
    area: async (planId: number) => created(await createArea(admin, planId, areaSchema.parse({ name: `领域${next()}` }))).id,
    indicator: async () => created(await createIndicator(admin, indicatorSchema.parse(indicatorForm()))).id,
    target: async (planId: number, regionId: number) => created(await createTarget(admin, targetSchema.parse(targetForm(planId, regionId, await factories.indicator())))).id,
    department: async () => created(await createDepartment(admin, departmentSchema.parse({ code: `MX${next()}`, name: `矩阵部门${serial}`, shortName: `矩${serial}` }))).id,
    region: async () => created(await createRegion(admin, regionSchema.parse({ code: String(450681100 + next()), name: `矩阵镇${serial}`, level: "TOWNSHIP", parentId: String(inPlace.regionId) }))).id,
    user: async () =>
      created(await createUser(admin, createUserSchema.parse({ username: `matrix${next()}`, name: "矩阵", role: "VIEWER", scopeRegionId: String(inPlace.regionId), password: PASSWORD, passwordConfirm: PASSWORD }))).id,
    token: async () => created(await createApiToken(admin, apiTokenSchema.parse({ name: `matrix${next()}`, role: "VIEWER", scopeRegionId: String(inPlace.regionId) }))).id,
    responsibility: async () => created(await createResponsibility(admin, { departmentId: scj.id, indicatorId: await factories.indicator(), regionId: inPlace.regionId })).id,
    card: async (regionCode: string) => created(await issueCard(admin, { regionCode, color: "YELLOW", reason: `矩阵黄牌${next()}` })).id,
    task: async (cardId: number) => created(await addTask(admin, taskSchema.parse({ cardId, departmentId: scj.id, deadline: "2030-06-30", actions: `矩阵整改${next()}` }))).id,
  };

  async function place(code: string, indicatorId: number, skip: number, assessment: Pick<Place, "assessedCode" | "ownCode" | "assessingCode" | "appealId">): Promise<Place> {
    const region = await db.region.findUniqueOrThrow({ where: { code }, select: { id: true, code: true, path: true } });
    const cardId = await factories.card(code);
    const planId = await factories.plan(region.id);
    const submitted = await figureIn(region.id, "SUBMITTED", skip);
    const approved = await figureIn(region.id, "APPROVED", skip + 1);
    const history = await figureIn(region.id, "APPROVED", skip + 2);
    return {
      regionId: region.id,
      regionCode: region.code,
      regionPath: region.path,
      planId,
      areaId: await factories.area(planId),
      targetId: await factories.target(planId, region.id),
      indicatorId,
      submitted,
      approved,
      history: history.id,
      cardId,
      taskId: await factories.task(cardId),
      ...assessment,
    };
  }

  await provinceScheme("450600", ASSESSMENT_YEAR);
  const appealId = await pendingAppeal(APPEAL_YEAR, "450600", "450681");
  const inPlace = await place("450681", await factories.indicator(), 0, { assessedCode: "450681", ownCode: "450600", assessingCode: "450600", appealId });
  const outPlace = await place("130000", used.indicatorId, 0, { assessedCode: "130000", ownCode: "130000", assessingCode: "130000", appealId });
  return { in: inPlace, out: outPlace, scjId: scj.id, fresh: factories };
}

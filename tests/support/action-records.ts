// Records for the server action access matrix (tests/integration/security/action-matrix.test.ts): one
// place inside every demo account's scope (东兴市) and one outside every scope but the administrator's
// (河北省), each with a plan, an area, a target, an indicator and figures to review; and factories
// that make a fresh record for each call of an action that deletes or deactivates one.
import { createApiToken } from "@/lib/data/admin/api-tokens";
import { createDepartment } from "@/lib/data/admin/departments";
import { createIndicator } from "@/lib/data/admin/indicators";
import { createArea, createPlan } from "@/lib/data/admin/plans";
import { createRegion } from "@/lib/data/admin/regions";
import { createResponsibility } from "@/lib/data/admin/responsibilities";
import { createTarget } from "@/lib/data/admin/targets";
import { createUser } from "@/lib/data/admin/users";
import { db } from "@/lib/db";
import type { Result } from "@/lib/result";
import { apiTokenSchema } from "@/lib/validations/api-token";
import { departmentSchema } from "@/lib/validations/department";
import { indicatorSchema } from "@/lib/validations/indicator";
import { areaSchema, planSchema } from "@/lib/validations/plan";
import { regionSchema } from "@/lib/validations/region";
import { targetSchema } from "@/lib/validations/target";
import { createUserSchema } from "@/lib/validations/user";
import { userNamed } from "./users";

export const PERIOD = "2020Q3";
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
}

export type Records = Awaited<ReturnType<typeof createRecords>>;

/** A figure of the region set to the status, with its version. */
async function figureIn(regionId: number, status: "SUBMITTED" | "APPROVED", skip: number) {
  const figure = await db.figure.findFirstOrThrow({ where: { regionId }, orderBy: [{ year: "desc" }, { id: "asc" }], skip, select: { id: true } });
  const updated = await db.figure.update({ where: { id: figure.id }, data: { status, version: { increment: 1 } }, select: { id: true, version: true } });
  return updated;
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
  };

  async function place(code: string, indicatorId: number, skip: number): Promise<Place> {
    const region = await db.region.findUniqueOrThrow({ where: { code }, select: { id: true, code: true, path: true } });
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
    };
  }

  const inPlace = await place("450681", await factories.indicator(), 0);
  const outPlace = await place("130000", used.indicatorId, 0);
  return { in: inPlace, out: outPlace, scjId: scj.id, fresh: factories };
}

// Plans, areas and targets: scope, duplicates, source sentences quoted from the text, archiving
// instead of deleting, evaluations kept current, and the all-or-nothing document import.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";
import { acceptImport } from "@/lib/data/admin/plan-import";
import { createArea, createPlan, deleteArea, deletePlan, getPlanForAdmin, setPlanArchived } from "@/lib/data/admin/plans";
import { createTarget, listPlanTargets, setTargetArchived, updateTarget } from "@/lib/data/admin/targets";
import { db } from "@/lib/db";
import { importSchema } from "@/lib/validations/plan-import-input";
import { planSchema } from "@/lib/validations/plan";
import { targetSchema, type TargetInput } from "@/lib/validations/target";
import { departmentId, expectFailure, lastAudit, regionId, unique, unwrap, userNamed } from "./helpers";

const TEXT = "到2020年,全市新增测试名牌30个以上,测试抽查合格率达到95%以上。";

// What these tests create is removed afterwards, so other test files see the demo data as seeded.
const createdPlans: number[] = [];
const createdIndicators: number[] = [];

afterAll(async () => {
  await db.target.deleteMany({ where: { planId: { in: createdPlans } } });
  await db.plan.deleteMany({ where: { id: { in: createdPlans } } });
  await db.indicator.deleteMany({ where: { OR: [{ id: { in: createdIndicators } }, ...createdPlans.map((id) => ({ code: { startsWith: `IMP_${id}_` } }))] } });
});

async function newPlan(username = "office") {
  const user = await userNamed(username);
  const input = planSchema.parse({
    title: `测试规划-${unique()}`,
    issuingRegionId: String(await regionId("450600")),
    periodStart: "2017-01-01",
    deadline: "2020-12-31",
    sourceText: TEXT,
    stages: JSON.stringify([{ name: "启动阶段", startDate: "2017-01-01", endDate: "2017-06-30" }]),
  });
  const plan = unwrap(await createPlan(user, input));
  createdPlans.push(plan.id);
  return { user, plan };
}

async function newIndicatorId() {
  const { id } = await db.indicator.create({ data: { code: `T_${unique()}`.toUpperCase(), name: "测试抽查合格率", unit: "%", kind: "RATE" } });
  createdIndicators.push(id);
  return id;
}

describe("plans and targets", () => {
  it("creates a plan with stages, a target with its sentence and evaluation, and audits both", async () => {
    const { user, plan } = await newPlan();
    expect(plan.stages).toHaveLength(1);
    const input = targetSchema.parse({
      planId: String(plan.id),
      indicatorId: String(await newIndicatorId()),
      regionId: String(await regionId("450681")),
      comparator: "GTE",
      targetValue: "95",
      deadlineYear: "2020",
      measure: "LEVEL",
      leadDepartmentId: String(await departmentId("SCJ")),
      supportDepartmentIds: [String(await departmentId("SCJ")), String(await departmentId("TJ"))],
      sourceSentence: "测试抽查合格率达到95%以上",
    });
    const target = unwrap(await createTarget(user, input));
    // The lead is not also a supporter.
    expect(target.supporters.map((s) => s.departmentId)).toEqual([await departmentId("TJ")]);
    expect(await db.targetEvaluation.count({ where: { targetId: target.id } })).toBe(2);
    expect(await lastAudit("Target", target.id)).toMatchObject({ action: "target.create" });
    expect(await lastAudit("Plan", plan.id)).toMatchObject({ action: "plan.create" });

    expectFailure(await createTarget(user, input), "DUPLICATE", { indicatorId: ["admin.errors.duplicate.target"] });
    expectFailure(await createTarget(user, { ...input, regionId: await regionId("450602"), sourceSentence: "原文里没有这句话" }), "INVALID", {
      sourceSentence: ["admin.validation.sentenceNotInText"],
    });
    // OFFICE of 防城港 cannot put a target on a Hebei region.
    expectFailure(await createTarget(user, { ...input, regionId: await regionId("130100") }), "INVALID", { regionId: ["admin.validation.choice"] });

    const { planId: _p, ...fields } = input;
    unwrap(await updateTarget(user, target.id, target.version, { ...fields, targetValue: 96 }));
    expectFailure(await updateTarget(user, target.id, target.version, { ...fields, targetValue: 97 }), "CONFLICT");
    expect((await listPlanTargets(user, plan.id))[0]).toMatchObject({ targetValue: 96, sourceSentence: "测试抽查合格率达到95%以上" });
  });

  it("archives instead of deleting, and restores exactly what it archived", async () => {
    const { user, plan } = await newPlan();
    const base: Omit<TargetInput, "indicatorId"> = {
      planId: plan.id,
      areaId: null,
      regionId: await regionId("450681"),
      comparator: "GTE",
      targetValue: 1,
      baselineValue: null,
      baselinePeriod: null,
      deadlineYear: 2020,
      deadlineQuarter: null,
      measure: "LEVEL",
      isMaintain: false,
      leadDepartmentId: null,
      supportDepartmentIds: [],
      weight: 1,
      sourceSentence: "",
    };
    const a = unwrap(await createTarget(user, { ...base, indicatorId: await newIndicatorId() }));
    const b = unwrap(await createTarget(user, { ...base, indicatorId: await newIndicatorId() }));
    unwrap(await setTargetArchived(user, b.id, true));
    expect(await db.targetEvaluation.count({ where: { targetId: b.id } })).toBe(0);

    const refused = await deletePlan(user, plan.id);
    expectFailure(refused, "IN_USE");
    if (!refused.ok) expect(refused.params).toEqual({ targets: 2, hint: "archive" });

    unwrap(await setPlanArchived(user, plan.id, true));
    expect((await db.target.findUniqueOrThrow({ where: { id: a.id } })).archivedAt).not.toBeNull();
    expectFailure(await createTarget(user, { ...base, indicatorId: await newIndicatorId() }), "ARCHIVED");
    unwrap(await setPlanArchived(user, plan.id, false));
    expect((await db.target.findUniqueOrThrow({ where: { id: a.id } })).archivedAt).toBeNull();
    // b was archived on its own before: it stays archived.
    expect((await db.target.findUniqueOrThrow({ where: { id: b.id } })).archivedAt).not.toBeNull();
    expect(await db.targetEvaluation.count({ where: { targetId: a.id } })).toBe(2);
    // Leave no archived target behind: other tests compare counts of all targets.
    unwrap(await setTargetArchived(user, b.id, false));
  });

  it("manages areas: duplicates refused, areas in use kept", async () => {
    const { user, plan } = await newPlan();
    const area = unwrap(await createArea(user, plan.id, { name: "产品质量", nameEn: null, sortOrder: 0 }));
    expectFailure(await createArea(user, plan.id, { name: "产品质量", nameEn: null, sortOrder: 1 }), "DUPLICATE", { name: ["admin.errors.duplicate.name"] });
    unwrap(await deleteArea(user, area.id));
    unwrap(await deletePlan(user, plan.id));
    expect(await getPlanForAdmin(user, plan.id)).toBeNull();
  });

  it("keeps plans of other regions out of reach", async () => {
    const office = await userNamed("office");
    const hebei = await db.plan.findFirstOrThrow({ where: { docNumber: "冀政办函〔2012〕28号" } });
    expect(await getPlanForAdmin(office, hebei.id)).toBeNull();
    expectFailure(await setPlanArchived(office, hebei.id, true), "NOT_FOUND");
  });
});

describe("document import", () => {
  const documentText = fs.readFileSync(path.join(import.meta.dirname, "../../../prisma/seed/documents/fangchenggang-2017-14.txt"), "utf8");
  const found = extractTargets(documentText).filter((t) => t.year === 2020);

  async function payload(targets: unknown[]) {
    return importSchema.parse({
      sourceText: documentText,
      plan: { mode: "new", title: `导入测试-${unique()}`, docNumber: "防政发〔2017〕14号", issuer: "防城港市人民政府", issuingRegionId: String(await regionId("450600")), issueDate: "2017-06-13", periodStart: "2017-06-13", deadline: "2020-12-31" },
      targets,
    });
  }

  it("creates the plan, areas, a new indicator and the targets with their source sentences, in one go", async () => {
    const office = await userNamed("office");
    const existing = await db.indicator.findFirstOrThrow({ where: { name: "制造业产品质量监督抽查合格率" } });
    const cityId = String(await regionId("450600"));
    const [mfg, food, brand] = [found.find((t) => t.indicator.includes("制造业")), found[2], found.find((t) => t.unit === "个")];
    if (!mfg || !food || !brand) throw new Error("the extractor should find these targets");
    const common = (t: typeof mfg) => ({
      quote: t.quote,
      regionId: cityId,
      comparator: "GTE",
      targetValue: String(t.value),
      deadlineYear: "2020",
      measure: t.measure,
    });
    const input = await payload([
      { ...common(mfg), indicator: { mode: "existing", indicatorId: String(existing.id) }, area: "产品质量", leadDepartmentId: String(await departmentId("SCJ")) },
      { ...common(food), indicator: { mode: "new", name: "导入测试食品抽查合格率", unit: "%", kind: "RATE", direction: "HIGHER_IS_BETTER" }, area: "产品质量" },
      { ...common(brand), indicator: { mode: "new", name: "导入测试名牌", unit: "个", kind: "FLOW", direction: "HIGHER_IS_BETTER" }, area: "品牌建设" },
    ]);
    const result = unwrap(await acceptImport(office, input));
    createdPlans.push(result.planId);
    expect(result.targetIds).toHaveLength(3);
    expect(result.indicatorsCreated).toBe(2);

    const plan = await getPlanForAdmin(office, result.planId);
    expect(plan?.areas.map((a) => a.name)).toEqual(["产品质量", "品牌建设"]);
    const targets = await listPlanTargets(office, result.planId);
    expect(targets.map((t) => t.sourceSentence).sort()).toEqual([mfg.quote, food.quote, brand.quote].sort());
    expect(targets.every((t) => documentText.includes(t.sourceSentence))).toBe(true);
    expect(targets.every((t) => t.status !== null)).toBe(true);
    expect(await lastAudit("Plan", result.planId)).toMatchObject({ action: "plan.import" });
    expect(await db.indicator.findFirst({ where: { code: `IMP_${result.planId}_1` } })).not.toBeNull();
  });

  it("creates nothing when one accepted candidate is wrong, and says which one", async () => {
    const office = await userNamed("office");
    const plansBefore = await db.plan.count();
    const indicatorsBefore = await db.indicator.count();
    const [a, b] = found;
    if (!a || !b) throw new Error("the extractor should find targets");
    const input = await payload([
      { quote: a.quote, indicator: { mode: "new", name: "回滚测试指标", unit: "%", kind: "RATE", direction: "HIGHER_IS_BETTER" }, regionId: String(await regionId("450600")), comparator: "GTE", targetValue: "90", deadlineYear: "2020", measure: "LEVEL" },
      { quote: b.quote, indicator: { mode: "existing", indicatorId: "1" }, regionId: String(await regionId("130100")), comparator: "GTE", targetValue: "90", deadlineYear: "2020", measure: "LEVEL" },
    ]);
    expectFailure(await acceptImport(office, input), "INVALID", { "targets.1.regionId": ["admin.validation.choice"] });
    expect(await db.plan.count()).toBe(plansBefore);
    expect(await db.indicator.count()).toBe(indicatorsBefore);
  });

  it("refuses two candidates for the same indicator and region, pointing at the second", async () => {
    const office = await userNamed("office");
    const [a, b] = found;
    if (!a || !b) throw new Error("the extractor should find targets");
    const indicatorId = String(await newIndicatorId());
    const one = (quote: string) => ({ quote, indicator: { mode: "existing", indicatorId }, regionId: "", comparator: "GTE", targetValue: "1", deadlineYear: "2020", measure: "LEVEL" });
    const region = String(await regionId("450681"));
    const input = await payload([{ ...one(a.quote), regionId: region }, { ...one(b.quote), regionId: region }]);
    expectFailure(await acceptImport(office, input), "DUPLICATE", { "targets.1.indicatorId": ["admin.errors.duplicate.target"] });
  });

  it("appends a further document's text to an existing plan so its sentences stay quotable", async () => {
    const { user, plan } = await newPlan();
    const extra = "到2020年,全市新增追加名牌8个以上。";
    const input = importSchema.parse({
      sourceText: extra,
      plan: { mode: "existing", planId: String(plan.id) },
      targets: [{ quote: "全市新增追加名牌8个以上", indicator: { mode: "existing", indicatorId: String(await newIndicatorId()) }, regionId: String(await regionId("450600")), comparator: "GTE", targetValue: "8", deadlineYear: "2020", measure: "CUMULATIVE" }],
    });
    unwrap(await acceptImport(user, input));
    const after = await getPlanForAdmin(user, plan.id);
    expect(after?.sourceText).toBe(`${TEXT}\n\n${extra}`);
  });
});

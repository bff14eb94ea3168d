// 分解到下级 through the data layer: one transaction creating the children's targets linked to the
// parent, audited; hand-edited children kept on a re-split; stale versions refused; office scope.
import { afterAll, describe, expect, it } from "vitest";
import { createPlan } from "@/lib/data/admin/plans";
import { createTarget, updateTarget } from "@/lib/data/admin/targets";
import { applyCascade } from "@/lib/data/cascade/apply";
import { getCascade, getCascadeCoverage, listCascadeOrigins } from "@/lib/data/cascade/read";
import { currentPeriodIndex } from "@/lib/data/evaluation/current-period";
import { getSummaryReport } from "@/lib/data/reports/summary";
import { db } from "@/lib/db";
import { formatPeriodIndex } from "@/lib/domain";
import { parseReportPeriod } from "@/lib/domain/report-period";
import { headlineSentences } from "@/lib/export/report-text";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { cascadeSchema } from "@/lib/validations/cascade";
import { planSchema } from "@/lib/validations/plan";
import { targetSchema } from "@/lib/validations/target";
import { expectFailure, lastAudit, regionId, unique, unwrap, userNamed } from "./admin/helpers";

const TEXT = "到2020年,全市新增测试名牌30个以上。";
const plans: number[] = [];
const indicators: number[] = [];

afterAll(async () => {
  await db.target.updateMany({ where: { planId: { in: plans } }, data: { parentTargetId: null } });
  await db.target.deleteMany({ where: { planId: { in: plans } } });
  await db.plan.deleteMany({ where: { id: { in: plans } } });
  await db.indicator.deleteMany({ where: { id: { in: indicators } } });
});

async function cityTarget(value: number) {
  const office = await userNamed("office");
  const plan = unwrap(
    await createPlan(office, planSchema.parse({ title: `分解测试-${unique()}`, issuingRegionId: String(await regionId("450600")), periodStart: "2017-01-01", deadline: "2020-12-31", sourceText: TEXT, stages: "[]" })),
  );
  plans.push(plan.id);
  const indicator = await db.indicator.create({ data: { code: `CASC_${unique()}`.toUpperCase(), name: "新增测试名牌", unit: "个", kind: "FLOW" } });
  indicators.push(indicator.id);
  const input = targetSchema.parse({
    planId: String(plan.id), indicatorId: String(indicator.id), regionId: String(await regionId("450600")),
    comparator: "GTE", targetValue: String(value), deadlineYear: "2020", measure: "CUMULATIVE", sourceSentence: "全市新增测试名牌30个以上",
  });
  const target = unwrap(await createTarget(office, input));
  return { office, plan, target };
}

const rowsOf = (cascade: NonNullable<Awaited<ReturnType<typeof getCascade>>>, values: number[], overwrite = false) =>
  cascadeSchema.parse({
    parentVersion: cascade.parent.version,
    rows: cascade.children.map((c, i) => ({ regionId: c.region.id, value: values[i], version: c.target?.version ?? null, overwrite })),
  });

describe("cascade", () => {
  it("creates the four counties' targets linked to the city's in one audited change", async () => {
    const { office, target } = await cityTarget(30);
    const before = await getCascade(office, target.id);
    expect(before?.children.map((c) => c.region.code)).toEqual(["450602", "450603", "450621", "450681"]);
    expect(before?.coverage).toEqual({ cascaded: 0, of: 4 });
    const outcome = unwrap(await applyCascade(office, target.id, rowsOf(before!, [8, 8, 7, 7])));
    expect(outcome).toEqual({ created: 4, updated: 0, kept: 0 });
    const after = await getCascade(office, target.id);
    expect(after?.children.map((c) => [c.target?.targetValue, c.target?.isLinked, c.target?.status !== null])).toEqual([
      [8, true, true], [8, true, true], [7, true, true], [7, true, true],
    ]);
    expect(after?.coverage).toEqual({ cascaded: 4, of: 4 });
    expect(after?.isStale).toBe(false);
    const child = after!.children[3]!.target!;
    expect((await lastAudit("Target", child.id))?.action).toBe("target.cascade");
    const origins = await listCascadeOrigins(office, [child.id]);
    expect(origins.get(child.id)?.region.code).toBe("450600");
    expect((await getCascadeCoverage(office, await regionId("450600"))).cascaded).toBe(4);
    // The summary report says it too (目标分解覆盖), in the sentences every format prints.
    const report = await getSummaryReport(office, "450600", parseReportPeriod(formatPeriodIndex(await currentPeriodIndex(db)))!);
    expect(report.ok && report.report.cascade).toEqual({ cascaded: 4, of: 4 });
    if (report.ok) expect(headlineSentences({ t: createTranslator(messagesFor("zh-CN")), locale: "zh-CN" }, report.report)).toContain("目标分解覆盖：4个下级地区中有4个已承接本级分解的目标。");
  });

  it("offers a re-split when the parent changes and never overwrites a hand-edited child unless told", async () => {
    const { office, plan, target } = await cityTarget(30);
    unwrap(await applyCascade(office, target.id, rowsOf((await getCascade(office, target.id))!, [8, 8, 7, 7])));
    const first = (await getCascade(office, target.id))!;
    const edited = first.children[0]!.target!;
    const stored = await db.target.findUniqueOrThrow({ where: { id: edited.id }, include: { supporters: true } });
    unwrap(await updateTarget(office, edited.id, edited.version, {
      areaId: stored.areaId, indicatorId: stored.indicatorId, regionId: stored.regionId, comparator: stored.comparator, targetValue: 12,
      baselineValue: stored.baselineValue, baselinePeriod: stored.baselinePeriod, deadlineYear: stored.deadlineYear, deadlineQuarter: stored.deadlineQuarter,
      measure: stored.measure, isMaintain: stored.isMaintain, leadDepartmentId: stored.leadDepartmentId, supportDepartmentIds: [], weight: stored.weight, sourceSentence: stored.sourceSentence,
    }));
    const parent = await db.target.findUniqueOrThrow({ where: { id: target.id } });
    await db.target.update({ where: { id: target.id }, data: { targetValue: 40, version: { increment: 1 } } });
    const stale = (await getCascade(office, target.id))!;
    expect(stale.isStale).toBe(true);
    expect(stale.children[0]!.target!.isEditedByHand).toBe(true);
    expect(parent.planId).toBe(plan.id);

    expect(unwrap(await applyCascade(office, target.id, rowsOf(stale, [10, 10, 10, 10])))).toEqual({ created: 0, updated: 3, kept: 1 });
    const kept = (await getCascade(office, target.id))!;
    expect(kept.children.map((c) => c.target?.targetValue)).toEqual([12, 10, 10, 10]);

    expect(unwrap(await applyCascade(office, target.id, rowsOf(kept, [10, 10, 10, 10], true)))).toEqual({ created: 0, updated: 4, kept: 0 });
    expect((await getCascade(office, target.id))!.children[0]!.target!.targetValue).toBe(10);
  });

  it("refuses a stale parent or child version and a region that is not a child", async () => {
    const { office, target } = await cityTarget(30);
    const cascade = (await getCascade(office, target.id))!;
    expectFailure(await applyCascade(office, target.id, { ...rowsOf(cascade, [8, 8, 7, 7]), parentVersion: cascade.parent.version + 1 }), "CONFLICT");
    const input = rowsOf(cascade, [8, 8, 7, 7]);
    input.rows[0]!.regionId = await regionId("450600");
    expectFailure(await applyCascade(office, target.id, input), "INVALID");
    expect(await db.target.count({ where: { parentTargetId: target.id } })).toBe(0);
  });

  it("cascades a province target to its city (administrator) and the city's on to its counties (the city's office)", async () => {
    const admin = await userNamed("admin");
    const plan = unwrap(
      await createPlan(admin, planSchema.parse({ title: `省级分解测试-${unique()}`, issuingRegionId: String(await regionId("450000")), periodStart: "2017-01-01", deadline: "2020-12-31", sourceText: "全省新增广西名牌100个以上。", stages: "[]" })),
    );
    plans.push(plan.id);
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "GX_BRAND_NEW" } });
    const province = unwrap(await createTarget(admin, targetSchema.parse({
      planId: String(plan.id), indicatorId: String(indicator.id), regionId: String(await regionId("450000")),
      comparator: "GTE", targetValue: "100", baselineValue: "0", deadlineYear: "2020", measure: "CUMULATIVE", sourceSentence: "全省新增广西名牌100个以上",
    })));
    const toCities = (await getCascade(admin, province.id))!;
    expect(toCities.children.map((c) => c.region.code)).toEqual(["450600"]);
    unwrap(await applyCascade(admin, province.id, rowsOf(toCities, [100])));
    const city = (await getCascade(admin, province.id))!.children[0]!.target!;

    // The city's office administers its own subtree of the province's plan, not the plan.
    const office = await userNamed("office");
    const toCounties = (await getCascade(office, city.id))!;
    expect(toCounties.canEditPlan).toBe(false);
    expect(toCounties.children).toHaveLength(4);
    unwrap(await applyCascade(office, city.id, rowsOf(toCounties, [25, 25, 25, 25])));
    const counties = (await getCascade(office, city.id))!;
    // The counties report this indicator: every cascaded county target has a status, and so does the city's.
    expect(counties.children.map((c) => c.target?.status ?? null).every((s) => s !== null)).toBe(true);
    expect((await getCascade(admin, province.id))!.children[0]!.target!.status).not.toBeNull();
    expect(counties.coverage).toEqual({ cascaded: 4, of: 4 });
    expect((await listCascadeOrigins(office, [city.id])).get(city.id)?.region.code).toBe("450000");
  });

  it("keeps an office to its scope: 东兴市's office cannot see or cascade a 防城港市 target", async () => {
    const { target } = await cityTarget(30);
    const dx = await userNamed("office-dx");
    expect(await getCascade(dx, target.id)).toBeNull();
    expectFailure(await applyCascade(dx, target.id, cascadeSchema.parse({ parentVersion: 1, rows: [{ regionId: await regionId("450681"), value: 1, version: null }] })), "NOT_FOUND");
  });
});

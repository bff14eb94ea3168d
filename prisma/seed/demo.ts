// Writes the demo data set (the seed documents' plans and targets, synthetic figures, demo users).
import fs from "node:fs";
import path from "node:path";
import type { DbWriter as DbClient } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { recomputeEvaluations } from "@/lib/data/evaluation/recompute";
import { syncRuleCards } from "@/lib/data/warnings/sync";
import { departments } from "./data/departments";
import { indicators } from "./data/indicators";
import { plans } from "./data/plans";
import { regions } from "./data/regions";
import { responsibilities } from "./data/responsibilities";
import { seedDemoAssessment } from "./assessment-demo";
import { DEMO_PERIODS, DEMO_REVIEW_COMMENTS, demoFigureKey, generateDemoFigures } from "./demo-figures";
import { createDemoUsers, markDemoLoaded } from "./demo-accounts";
import { createRegionTree, lookup, NATION_CODE, type CodeMap } from "./regions";
import { createReportingPeriods } from "./periods";

const DOCUMENTS_DIR = path.join(import.meta.dirname, "documents");

export async function seedDemo(db: DbClient): Promise<{ figures: number; targets: number }> {
  const regionIds = await createRegionTree(db, regions);
  const departmentIds: CodeMap = new Map();
  for (const d of departments) {
    const row = await db.department.create({ data: d, select: { id: true } });
    departmentIds.set(d.code, row.id);
  }
  const indicatorIds: CodeMap = new Map();
  for (const i of indicators) {
    const row = await db.indicator.create({ data: i, select: { id: true } });
    indicatorIds.set(i.code, row.id);
  }

  let targetCount = 0;
  for (const plan of plans) {
    const sourceText = fs.readFileSync(path.join(DOCUMENTS_DIR, plan.documentFile), "utf8");
    const created = await db.plan.create({
      data: {
        title: plan.title,
        docNumber: plan.docNumber,
        issuer: plan.issuer,
        issuingRegionId: lookup(regionIds, plan.issuingRegionCode, "region"),
        issueDate: plan.issueDate ? new Date(plan.issueDate) : null,
        periodStart: new Date(plan.periodStart),
        deadline: new Date(plan.deadline),
        sourceText,
        isDemo: true,
        stages: {
          create: plan.stages.map((s, i) => ({ name: s.name, startDate: new Date(s.startDate), endDate: new Date(s.endDate), sortOrder: i })),
        },
        areas: { create: plan.areas.map((a, i) => ({ name: a.name, nameEn: a.nameEn, sortOrder: i })) },
      },
      select: { id: true, areas: { select: { id: true, name: true } } },
    });
    const areaIds = new Map(created.areas.map((a) => [a.name, a.id]));
    for (const t of plan.targets) {
      await db.target.create({
        data: {
          planId: created.id,
          areaId: lookup(areaIds, t.area, "area"),
          indicatorId: lookup(indicatorIds, t.indicatorCode, "indicator"),
          regionId: lookup(regionIds, t.regionCode, "region"),
          comparator: t.comparator,
          targetValue: t.targetValue,
          baselineValue: t.baselineValue,
          baselinePeriod: t.baselinePeriod,
          deadlineYear: t.deadlineYear,
          measure: t.measure,
          isMaintain: t.isMaintain,
          leadDepartmentId: t.leadDepartmentCode ? lookup(departmentIds, t.leadDepartmentCode, "department") : null,
          weight: t.weight,
          sourceSentence: t.sourceSentence,
          supporters: {
            create: t.supportDepartmentCodes.map((code) => ({ departmentId: lookup(departmentIds, code, "department") })),
          },
        },
      });
      targetCount += 1;
    }
  }

  await db.responsibility.createMany({
    data: responsibilities.map((r) => ({
      departmentId: lookup(departmentIds, r.departmentCode, "department"),
      indicatorId: lookup(indicatorIds, r.indicatorCode, "indicator"),
      regionId: lookup(regionIds, r.regionCode, "region"),
    })),
  });

  const userIds = await createDemoUsers(db, { regionIds, departmentIds }, (account) => account.scopeRegionCode);
  const figures = generateDemoFigures();
  await createReportingPeriods(db, figures, DEMO_PERIODS);
  await writeDemoFigures(db, figures, { regionIds, indicatorIds, departmentIds, userIds });

  await recomputeEvaluations(db);
  await seedDemoAssessment(db, { regionIds, userIds });
  // The veto events the office entered for the assessment earn their red cards, by the same rules.
  await syncRuleCards(db);
  await markDemoLoaded(db);
  await recordAudit(db, null, { action: "seed.demo", entityType: "Database", entityId: "demo", after: { targets: targetCount, figures: figures.length } });
  return { figures: figures.length, targets: targetCount };
}

async function writeDemoFigures(
  db: DbClient,
  figures: ReturnType<typeof generateDemoFigures>,
  ids: { regionIds: CodeMap; indicatorIds: CodeMap; departmentIds: CodeMap; userIds: CodeMap },
) {
  const enteredById = ids.userIds.get("dept-scj") ?? null;
  const approvedById = ids.userIds.get("office") ?? null;
  const rows = figures.map((f) => {
    const quarterEnd = new Date(Date.UTC(f.year, f.quarter * 3, 10));
    const isSubmitted = f.status === "SUBMITTED" || f.status === "APPROVED";
    return {
      indicatorId: lookup(ids.indicatorIds, f.indicatorCode, "indicator"),
      regionId: lookup(ids.regionIds, f.regionCode, "region"),
      year: f.year,
      quarter: f.quarter,
      value: f.value,
      numerator: f.numerator,
      denominator: f.denominator,
      note: f.note,
      status: f.status,
      reviewComment: DEMO_REVIEW_COMMENTS[demoFigureKey(f.indicatorCode, f.regionCode, f.year, f.quarter)] ?? "",
      departmentId: f.departmentCode ? lookup(ids.departmentIds, f.departmentCode, "department") : null,
      enteredById,
      enteredAt: quarterEnd,
      submittedById: isSubmitted ? enteredById : null,
      submittedAt: isSubmitted ? quarterEnd : null,
      approvedById: f.status === "APPROVED" ? approvedById : null,
      approvedAt: f.status === "APPROVED" ? new Date(quarterEnd.getTime() + 5 * 86_400_000) : null,
      isDemo: true,
    };
  });
  for (let i = 0; i < rows.length; i += 500) {
    await db.figure.createMany({ data: rows.slice(i, i + 500) });
  }
}

export { NATION_CODE };

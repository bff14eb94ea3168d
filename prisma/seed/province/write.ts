// Writes the synthetic province: master data and targets through Prisma (createMany in batches),
// the 352,000 figures through multi-row INSERTs, county by county.
import type { DbWriter } from "@/lib/db-client";
import { createDemoUsers } from "../demo-accounts";
import { DEMO_COUNTY_CODE } from "@/lib/demo-accounts";
import { createRegionTree, lookup, type CodeMap } from "../regions";
import type { SeedFigure } from "../types";
import { countyFigures, type ProvinceDataset } from "./dataset";
import { PROVINCE_CODE, SEED_CLOCK } from "./params";
import { insertRows, type SqlValue } from "./sql";

const BATCH = 2000;

async function createInBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

export async function writeMasterData(db: DbWriter, data: ProvinceDataset) {
  const regionIds = await createRegionTree(db, data.regions);
  await db.department.createMany({ data: data.departments });
  const departmentIds: CodeMap = new Map((await db.department.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  await db.indicator.createMany({
    data: data.indicators.map((i) => ({ code: i.code, name: i.name, nameEn: i.nameEn, unit: i.unit, kind: i.kind, direction: i.direction, decimals: i.decimals, definition: i.definition })),
  });
  const indicatorIds: CodeMap = new Map((await db.indicator.findMany({ select: { id: true, code: true } })).map((i) => [i.code, i.id]));
  return { regionIds, departmentIds, indicatorIds };
}

export type Ids = Awaited<ReturnType<typeof writeMasterData>>;

export async function writePlanAndTargets(db: DbWriter, data: ProvinceDataset, ids: Ids) {
  const { plan } = data;
  const created = await db.plan.create({
    data: {
      title: plan.title,
      docNumber: plan.docNumber,
      issuer: plan.issuer,
      issuingRegionId: lookup(ids.regionIds, PROVINCE_CODE, "region"),
      issueDate: new Date(plan.issueDate),
      periodStart: new Date(plan.periodStart),
      deadline: new Date(plan.deadline),
      sourceText: plan.sourceText,
      isDemo: true,
      stages: { create: plan.stages.map((s, i) => ({ name: s.name, startDate: new Date(s.startDate), endDate: new Date(s.endDate), sortOrder: i })) },
      areas: { create: plan.areas.map((a, i) => ({ name: a.name, nameEn: a.nameEn, sortOrder: i })) },
    },
    select: { id: true, areas: { select: { id: true, name: true } } },
  });
  const areaIds: CodeMap = new Map(created.areas.map((a) => [a.name, a.id]));
  const rows = data.targets.map((t) => ({
    planId: created.id,
    areaId: lookup(areaIds, t.area, "area"),
    indicatorId: lookup(ids.indicatorIds, t.indicatorCode, "indicator"),
    regionId: lookup(ids.regionIds, t.regionCode, "region"),
    comparator: t.comparator,
    targetValue: t.targetValue,
    baselineValue: t.baselineValue,
    baselinePeriod: t.baselinePeriod,
    deadlineYear: t.deadlineYear,
    measure: t.measure,
    isMaintain: t.isMaintain,
    leadDepartmentId: t.leadDepartmentCode ? lookup(ids.departmentIds, t.leadDepartmentCode, "department") : null,
    weight: t.weight,
    sourceSentence: t.sourceSentence,
  }));
  await createInBatches(rows, (batch) => db.target.createMany({ data: batch }));

  const targetIds = new Map(
    (await db.target.findMany({ where: { planId: created.id }, select: { id: true, indicatorId: true, regionId: true } })).map((t) => [`${t.indicatorId}:${t.regionId}`, t.id]),
  );
  const supports = data.targets.flatMap((t) => {
    const targetId = lookup(targetIds, `${lookup(ids.indicatorIds, t.indicatorCode, "indicator")}:${lookup(ids.regionIds, t.regionCode, "region")}`, "target");
    return t.supportDepartmentCodes.map((code) => ({ targetId, departmentId: lookup(ids.departmentIds, code, "department") }));
  });
  await createInBatches(supports, (batch) => db.targetSupport.createMany({ data: batch }));

  const responsibilities = data.responsibilities.map((r) => ({
    departmentId: lookup(ids.departmentIds, r.departmentCode, "department"),
    indicatorId: lookup(ids.indicatorIds, r.indicatorCode, "indicator"),
    regionId: lookup(ids.regionIds, r.regionCode, "region"),
  }));
  await createInBatches(responsibilities, (batch) => db.responsibility.createMany({ data: batch }));
  return { targets: rows.length, supports: supports.length, responsibilities: responsibilities.length };
}

/** The demo accounts with the demo password, scoped to the province (the county accounts to one county). */
export async function writeUsers(db: DbWriter, data: ProvinceDataset, ids: Ids): Promise<CodeMap> {
  const county = data.countyCodes[0] ?? PROVINCE_CODE;
  return createDemoUsers(db, ids, (account) => (account.scopeRegionCode === DEMO_COUNTY_CODE ? county : PROVINCE_CODE));
}

export async function writePeriods(db: DbWriter, data: ProvinceDataset) {
  await db.reportingPeriod.createMany({
    data: data.periods.map((p) => ({ year: p.year, quarter: p.quarter, dueDate: new Date(Date.UTC(p.year, p.quarter * 3, 15)), isOpen: p.isOpen })),
  });
}

const FIGURE_COLUMNS = [
  "indicator_id", "region_id", "year", "quarter", "value", "numerator", "denominator", "status", "department_id",
  "entered_by_id", "entered_at", "submitted_by_id", "submitted_at", "approved_by_id", "approved_at", "is_demo", "updated_at",
] as const;

function clamp(date: Date): Date {
  return date.getTime() > SEED_CLOCK.getTime() ? SEED_CLOCK : date;
}

function figureRow(f: SeedFigure, ids: Ids, users: CodeMap): SqlValue[] {
  const entered = clamp(new Date(Date.UTC(f.year, f.quarter * 3, 8)));
  const approved = clamp(new Date(entered.getTime() + 5 * 86_400_000));
  const isApproved = f.status === "APPROVED";
  // Only 市场监管 has a demo account; other departments' figures carry no entering user.
  const enteredBy = f.departmentCode === "SCJ" ? (users.get("dept-scj") ?? null) : null;
  return [
    lookup(ids.indicatorIds, f.indicatorCode, "indicator"),
    lookup(ids.regionIds, f.regionCode, "region"),
    f.year,
    f.quarter,
    f.value,
    f.numerator,
    f.denominator,
    f.status,
    f.departmentCode ? lookup(ids.departmentIds, f.departmentCode, "department") : null,
    enteredBy,
    entered,
    enteredBy,
    entered,
    isApproved ? (users.get("office") ?? null) : null,
    isApproved ? approved : null,
    true,
    isApproved ? approved : entered,
  ];
}

/** All counties' figures; returns how many rows were written. */
export async function writeFigures(db: DbWriter, data: ProvinceDataset, ids: Ids, users: CodeMap): Promise<number> {
  let count = 0;
  for (const county of data.countyCodes) {
    const rows = countyFigures(data, county).map((f) => figureRow(f, ids, users));
    await insertRows(db, "figures", FIGURE_COLUMNS, rows);
    count += rows.length;
  }
  return count;
}

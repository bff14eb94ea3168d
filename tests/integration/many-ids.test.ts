// Lists of ids longer than a statement may bind (Prisma allows SQLite 999 parameters): a city with
// 1,100 counties, a target, a supporting department and a figure in each. Submitting, the review list,
// approving the whole submission, the entry grid, evaluations as of a past quarter, the report's
// supporting departments and archiving and restoring the plan all work, paged where the user sees them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setPlanArchived } from "@/lib/data/admin/plans";
import { ENTRY_PAGE_SIZE, getEntryGrid } from "@/lib/data/entry-grid";
import { evaluateTargetsAsOf } from "@/lib/data/evaluation/as-of";
import { recomputeEvaluations } from "@/lib/data/evaluation/recompute";
import { submitFigures } from "@/lib/data/figures";
import { idChunks, IDS_PER_STATEMENT, loadByIdChunks } from "@/lib/data/id-lists";
import { listRegionChoices } from "@/lib/data/regions";
import { listSupportingDepartments } from "@/lib/data/reports/explanations";
import { approveMatchingFigures } from "@/lib/data/review";
import { listReviewPage, REVIEW_PAGE_SIZE } from "@/lib/data/review-list";
import { createEntryFixture, type EntryFixture } from "@/tests/support/entry-fixture";
import { userNamed } from "@/tests/support/users";

const COUNTIES = 1100;
let fx: EntryFixture;
let targetIds: number[];
let planId: number;

beforeAll(async () => {
  fx = await createEntryFixture(db, 15);
  const city = await db.region.findUniqueOrThrow({ where: { id: fx.city.id } });
  const codes = Array.from({ length: COUNTIES }, (_, i) => `8${String(i).padStart(5, "0")}`);
  for (const chunk of chunksOf(codes, 100)) {
    await db.region.createMany({
      data: chunk.map((code) => ({ code, name: `县${code}`, level: "COUNTY" as const, parentId: city.id, path: `${city.path}${code}/`, sortOrder: Number(code) })),
    });
  }
  const counties = await db.region.findMany({ where: { parentId: city.id, code: { startsWith: "8" } }, select: { id: true } });
  const plan = await db.plan.create({ data: { title: "千县规划", issuingRegionId: city.id, periodStart: new Date("2017-07-01"), deadline: new Date("2020-12-31") } });
  planId = plan.id;
  for (const chunk of chunksOf(counties, 100)) {
    await db.responsibility.createMany({ data: chunk.map((r) => ({ departmentId: fx.department.id, indicatorId: fx.rate.id, regionId: r.id })) });
    await db.target.createMany({
      data: chunk.map((r) => ({ planId: plan.id, indicatorId: fx.rate.id, regionId: r.id, comparator: "GTE" as const, targetValue: 95, baselineValue: 90, baselinePeriod: "2016", deadlineYear: 2020 })),
    });
    await db.figure.createMany({
      data: chunk.map((r) => ({ indicatorId: fx.rate.id, regionId: r.id, year: 2020, quarter: 3, numerator: 96, denominator: 100, value: 96, departmentId: fx.department.id, status: "DRAFT" as const })),
    });
  }
  targetIds = (await db.target.findMany({ where: { planId: plan.id }, select: { id: true } })).map((t) => t.id);
  for (const chunk of chunksOf(targetIds, 100)) {
    await db.targetSupport.createMany({ data: chunk.map((targetId) => ({ targetId, departmentId: fx.otherDepartment.id })) });
  }
  await recomputeEvaluations(db, { ids: targetIds });
}, 120_000);

function chunksOf<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

describe("id lists", () => {
  it("split into distinct chunks a statement can bind, and load them all", async () => {
    const ids = [...Array.from({ length: 1200 }, (_, i) => i + 1), 5, 7];
    expect(idChunks(ids).map((c) => c.length)).toEqual([IDS_PER_STATEMENT, IDS_PER_STATEMENT, 200]);
    expect(idChunks([])).toEqual([]);
    const rows = await loadByIdChunks(targetIds, (chunk) => db.target.findMany({ where: { id: { in: chunk } }, orderBy: { id: "desc" }, select: { id: true } }));
    expect(rows).toHaveLength(COUNTIES);
  });
});

describe("more ids than a statement may bind", () => {
  it("submits a department's 1,100 figures (each checked against its target)", async () => {
    const result = await submitFigures(fx.users.dept, { year: 2020, quarter: 3, departmentId: fx.department.id });
    expect(result).toMatchObject({ ok: true, data: { submitted: COUNTIES } });
  });

  it("pages the review list and approves the department's whole submission in the city at once", async () => {
    const filter = { year: 2020, quarter: 3, departmentId: fx.department.id, regionCode: fx.city.code };
    const first = await listReviewPage(fx.users.office, { ...filter, status: "SUBMITTED" });
    expect(first).toMatchObject({ total: COUNTIES, page: 1, pageCount: Math.ceil(COUNTIES / REVIEW_PAGE_SIZE) });
    expect(first.groups[0]?.items).toHaveLength(REVIEW_PAGE_SIZE);
    expect(first.groups[0]?.department).toMatchObject({ code: fx.department.code, count: COUNTIES });
    expect(first.groups[0]?.items[0]?.target).toMatchObject({ targetValue: 95 });
    const last = await listReviewPage(fx.users.office, { ...filter, status: "SUBMITTED" }, 99);
    expect(last.page).toBe(first.pageCount);
    expect(last.groups[0]?.items).toHaveLength(COUNTIES - (first.pageCount - 1) * REVIEW_PAGE_SIZE);

    const shown = new Date();
    expect(await approveMatchingFigures(fx.users.office, filter, { count: COUNTIES - 1, at: shown })).toMatchObject({ ok: false, code: "CONFLICT" });
    // Shown before they were submitted: every one of them changed since.
    const stale = await approveMatchingFigures(fx.users.office, filter, { count: COUNTIES, at: new Date(Date.now() - 3_600_000) });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!stale.ok && "conflicts" in stale ? stale.conflicts : []).toHaveLength(COUNTIES);
    expect(await approveMatchingFigures(fx.users.dept, filter, { count: COUNTIES, at: shown })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approveMatchingFigures(fx.users.office, filter, { count: COUNTIES, at: shown })).toEqual({ ok: true, data: { count: COUNTIES } });
    expect(await db.figure.count({ where: { indicatorId: fx.rate.id, year: 2020, quarter: 3, status: "APPROVED", region: { code: { startsWith: "8" } } } })).toBe(COUNTIES);
    expect(await db.auditEvent.count({ where: { action: "figure.approve", actor: { contains: fx.users.office.username } } })).toBe(COUNTIES);
    expect((await listReviewPage(fx.users.office, { ...filter, status: "SUBMITTED" })).total).toBe(0);
  });

  it("shows the entry grid a page at a time, and one region's subtree", async () => {
    const grid = await getEntryGrid(fx.users.dept, { period: { year: 2020, quarter: 3 }, page: 2 });
    const total = COUNTIES + 9; // the fixture's 3 indicators × 3 regions, and the rate in every new county
    expect(grid).toMatchObject({ total, page: 2, pageCount: Math.ceil(total / ENTRY_PAGE_SIZE) });
    expect(grid?.rows).toHaveLength(ENTRY_PAGE_SIZE);
    expect(grid?.rows.every((r) => r.figure?.status === "APPROVED" || r.figure === null)).toBe(true);
    const county = await getEntryGrid(fx.users.dept, { period: { year: 2020, quarter: 3 }, regionCode: fx.county1.code, page: 1 });
    expect(county?.rows.map((r) => r.region.code)).toEqual([fx.county1.code, fx.county1.code, fx.county1.code]);
    // The city's rate row comes after its 1,100 new counties (by sort order): still a roll-up of them.
    const cityPage = await getEntryGrid(fx.users.dept, { period: { year: 2020, quarter: 3 }, page: Math.floor(COUNTIES / ENTRY_PAGE_SIZE) + 1 });
    const cityRow = cityPage?.rows.find((r) => r.region.code === fx.city.code && r.indicator.id === fx.rate.id);
    expect(cityRow?.isRollUp).toBe(true);
  });

  it("offers the scope region, its children and the selected region's ancestors and children to pick from", async () => {
    const choices = await listRegionChoices(fx.users.dept, { path: (await db.region.findUniqueOrThrow({ where: { id: fx.county1.id } })).path });
    expect(choices[0]).toMatchObject({ code: fx.city.code, depth: 0 });
    expect(choices).toHaveLength(1 + 2 + COUNTIES);
    expect(choices.slice(1).every((c) => c.depth === 1)).toBe(true);
    expect(await listRegionChoices(fx.users.countyDept, null)).toEqual([expect.objectContaining({ code: fx.county2.code, depth: 0 })]);
  });

  it("evaluates 1,100 targets as of a past quarter, finds their supporting departments and archives their plan", async () => {
    const asOf = await evaluateTargetsAsOf(db, targetIds, 2020 * 4 + 2, { provisional: false });
    expect(asOf.size).toBe(COUNTIES);
    expect([...asOf.values()].every((e) => e.status !== "NO_DATA" && e.latestValue === 96)).toBe(true);
    const supporting = await listSupportingDepartments(targetIds);
    expect(supporting.size).toBe(COUNTIES);
    const admin = await userNamed("admin");
    expect(await setPlanArchived(admin, planId, true)).toMatchObject({ ok: true });
    expect(await db.target.count({ where: { planId, archivedAt: null } })).toBe(0);
    expect(await db.targetEvaluation.count({ where: { target: { planId } } })).toBe(0);
    expect(await setPlanArchived(admin, planId, false)).toMatchObject({ ok: true });
    expect(await db.targetEvaluation.count({ where: { target: { planId } } })).toBe(2 * COUNTIES);
  });
});

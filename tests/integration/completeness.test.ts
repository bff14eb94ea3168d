// The expected-figure rule (lib/data/completeness.ts) on a made-up city: which figures a department
// owes, as the /completeness page, the overview's card and the report's missing list count them.
import { beforeAll, describe, expect, it } from "vitest";
import { getDepartmentCompleteness, listOwedFigures } from "@/lib/data/completeness";
import { getCompletenessMatrix } from "@/lib/data/completeness-matrix";
import { db } from "@/lib/db";
import { createEntryFixture, type EntryFixture } from "@/tests/support/entry-fixture";

let fx: EntryFixture;
const quarter = { year: 2020, quarter: 2 } as const;
// 2020Q2 is due on 2020-07-15 (the demo periods' rule): the last second of that day and the first of the next, Beijing time.
const onTime = new Date("2020-07-15T23:59:59+08:00");
const late = new Date("2020-07-16T00:00:00+08:00");

beforeAll(async () => {
  fx = await createEntryFixture(db, 14);
  const city = await db.region.findUniqueOrThrow({ where: { id: fx.city.id } });
  // An inactive county, an inactive indicator and an inactive department: none of them owes anything.
  const closedCounty = await db.region.create({
    data: { code: `${fx.city.code.slice(0, 4)}09`, name: `撤并县${fx.tag}`, level: "COUNTY", parentId: city.id, path: `${city.path}${fx.city.code.slice(0, 4)}09/`, sortOrder: 1, active: false },
  });
  const oldIndicator = await db.indicator.create({ data: { code: `${fx.tag}_OLD`, name: `停用指标${fx.tag}`, unit: "个", kind: "FLOW", active: false } });
  const goneDepartment = await db.department.create({ data: { code: `${fx.tag}_GONE`, name: `撤销局${fx.tag}`, shortName: "撤销", active: false } });
  await db.responsibility.createMany({
    data: [
      { departmentId: fx.department.id, indicatorId: oldIndicator.id, regionId: fx.county1.id },
      { departmentId: goneDepartment.id, indicatorId: fx.rate.id, regionId: fx.county1.id },
      { departmentId: fx.department.id, indicatorId: fx.rate.id, regionId: closedCounty.id },
      // The other department reports the rate and the flow for the city only (its one sub-region
      // with a flow responsibility is inactive): the city's figures are its own, not a roll-up.
      { departmentId: fx.otherDepartment.id, indicatorId: fx.rate.id, regionId: fx.city.id },
      { departmentId: fx.otherDepartment.id, indicatorId: fx.flow.id, regionId: fx.city.id },
      { departmentId: fx.otherDepartment.id, indicatorId: fx.flow.id, regionId: closedCounty.id },
    ],
  });
  // The fixture approved county 1's three figures; county 2 has a submitted rate and a draft flow,
  // and the city an approved stock figure that no department owes (the department's city stock is a roll-up).
  const base = { ...quarter, departmentId: fx.department.id };
  await db.figure.createMany({
    data: [
      { ...base, indicatorId: fx.rate.id, regionId: fx.county2.id, numerator: 90, denominator: 100, value: 90, status: "SUBMITTED" },
      { ...base, indicatorId: fx.flow.id, regionId: fx.county2.id, value: 3, status: "DRAFT" },
      { ...base, indicatorId: fx.stock.id, regionId: fx.city.id, value: 12, status: "APPROVED" },
    ],
  });
});

describe("expected figures", () => {
  it("are every active responsibility except a region whose value is the roll-up of sub-regions the same department reports", async () => {
    const matrix = await getCompletenessMatrix(fx.users.office, quarter, late);
    expect(matrix?.regions.map((r) => r.code)).toEqual([fx.city.code, fx.county1.code, fx.county2.code]);
    expect(matrix?.rows.map((r) => [r.department.code, r.cells, r.total])).toEqual([
      [fx.department.code, { [fx.county1.code]: { expected: 3, submitted: 3, approved: 3 }, [fx.county2.code]: { expected: 3, submitted: 1, approved: 0 } }, { expected: 6, submitted: 4, approved: 3 }],
      [fx.otherDepartment.code, { [fx.city.code]: { expected: 2, submitted: 0, approved: 0 } }, { expected: 2, submitted: 0, approved: 0 }],
    ]);
    expect(matrix?.total).toEqual({ expected: 8, submitted: 4, approved: 3 });

    const owed = [
      { departmentId: fx.otherDepartment.id, indicator: fx.flow.code, region: fx.city.code, status: "MISSING" },
      { departmentId: fx.otherDepartment.id, indicator: fx.rate.code, region: fx.city.code, status: "MISSING" },
      { departmentId: fx.department.id, indicator: fx.flow.code, region: fx.county2.code, status: "DRAFT" },
      { departmentId: fx.department.id, indicator: fx.stock.code, region: fx.county2.code, status: "MISSING" },
    ];
    const flat = (list: Awaited<ReturnType<typeof listOwedFigures>>) => list.map((o) => ({ departmentId: o.departmentId, indicator: o.indicator.code, region: o.region.code, status: o.status }));
    expect(flat(await listOwedFigures(fx.users.office, quarter))).toEqual(owed);
    expect(flat(matrix?.rows.flatMap((r) => r.owed) ?? [])).toEqual(expect.arrayContaining(owed));
    expect(matrix?.rows.flatMap((r) => r.owed)).toHaveLength(owed.length);

    const card = await getDepartmentCompleteness(fx.users.office, quarter, { now: late });
    expect(card.departments.map((d) => [d.departmentId, d.expected, d.submitted, d.approved, d.isOverdue])).toEqual([
      [fx.otherDepartment.id, 2, 0, 0, true],
      [fx.department.id, 6, 4, 3, true],
    ]);
    expect(card.total).toEqual(matrix?.total);
  });

  it("are owed on time until the due day ends, Beijing time", async () => {
    const [matrix, card] = await Promise.all([getCompletenessMatrix(fx.users.office, quarter, onTime), getDepartmentCompleteness(fx.users.office, quarter, { now: onTime })]);
    expect(matrix?.period.isPastDue).toBe(false);
    expect(card.isPastDue).toBe(false);
    expect(card.departments.some((d) => d.isOverdue)).toBe(false);
    expect((await getCompletenessMatrix(fx.users.office, quarter, late))?.period.isPastDue).toBe(true);
  });

  it("are counted within the user's scope and one subtree of it, and the matrix is the office's", async () => {
    const county = await getDepartmentCompleteness(fx.users.countyDept, quarter);
    expect(county.departments.map((d) => [d.departmentId, d.expected, d.submitted])).toEqual([[fx.department.id, 3, 1]]);
    const subtree = await getDepartmentCompleteness(fx.users.office, quarter, { regionPath: (await db.region.findUniqueOrThrow({ where: { id: fx.county1.id } })).path });
    expect(subtree.total).toEqual({ expected: 3, submitted: 3, approved: 3 });
    expect(await getCompletenessMatrix(fx.users.dept, quarter)).toBeNull();
    expect(await getCompletenessMatrix(fx.users.office, { year: 1999, quarter: 1 })).toBeNull();
  });
});

// The completeness matrix is one level of the tree wide: a city office sees its counties, an
// account scoped higher up sees the regions one level below its scope, each counting its subtree.
import { describe, expect, it } from "vitest";
import { getCompletenessMatrix } from "@/lib/data/completeness-matrix";
import { sumCounts } from "@/lib/data/completeness";
import { db } from "@/lib/db";
import { userNamed } from "@/tests/support/users";

describe("completeness matrix columns", () => {
  it("are the scope region and the regions one level below it, each counting its subtree", async () => {
    const [admin, office] = await Promise.all([userNamed("admin"), userNamed("office")]);
    const period = { year: 2020, quarter: 2 };
    const [wide, city] = await Promise.all([getCompletenessMatrix(admin, period), getCompletenessMatrix(office, period)]);
    if (!wide || !city) throw new Error("no matrix");
    const columns = await db.region.findMany({ where: { code: { in: wide.regions.map((r) => r.code) } }, select: { id: true, parentId: true } });
    expect(columns.every((r) => r.id === admin.scopeRegionId || r.parentId === admin.scopeRegionId)).toBe(true);
    // The office's city is inside one of the admin's columns: that column counts at least the whole city.
    const cityTotal = city.total.expected;
    expect(cityTotal).toBeGreaterThan(0);
    expect(wide.total.expected).toBeGreaterThanOrEqual(cityTotal);
    for (const row of wide.rows) expect(row.total).toEqual(sumCounts(Object.values(row.cells)));
    // The city office's own columns are its counties (and the city itself).
    const countyColumns = await db.region.findMany({ where: { code: { in: city.regions.map((r) => r.code) } }, select: { id: true, parentId: true } });
    expect(countyColumns.every((r) => r.id === office.scopeRegionId || r.parentId === office.scopeRegionId)).toBe(true);
  });
});

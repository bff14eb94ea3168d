// The targets list paged on the server: one page of rows, in the same order as the whole filtered list
// the export writes, with every filter applied in the query.
import { describe, expect, it } from "vitest";
import { listTargets, listTargetsPage, PAGE_SIZE } from "@/lib/data/dashboard/targets-list";
import { targetFilterSchema } from "@/lib/validations/targets";
import { userNamed } from "@/tests/support/users";

const filters = (query: Record<string, string>) => targetFilterSchema.parse(query);

describe("targets list pages", () => {
  it("shows one page of the whole list, in the export's order, and the next page after it", async () => {
    const office = await userNamed("office");
    const all = (await listTargets(office, filters({})))?.rows ?? [];
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    const first = await listTargetsPage(office, filters({}));
    expect(first).toMatchObject({ matched: all.length, total: all.length, page: 1, pageCount: Math.ceil(all.length / PAGE_SIZE) });
    expect(first?.rows.map((r) => r.id)).toEqual(all.slice(0, PAGE_SIZE).map((r) => r.id));
    const second = await listTargetsPage(office, filters({ page: "2" }));
    expect(second?.rows.map((r) => r.id)).toEqual(all.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r.id));
    // A page beyond the last shows the last.
    expect((await listTargetsPage(office, filters({ page: "999" })))?.page).toBe(first?.pageCount);
  });

  it("filters by status, indicator, region, department and plan in the query, and counts what matched", async () => {
    const office = await userNamed("office");
    const all = (await listTargets(office, filters({})))?.rows ?? [];
    const sample = all.find((r) => r.leadDepartment && r.plan);
    if (!sample?.leadDepartment || !sample.plan) throw new Error("no target with a lead department and a plan");
    const cases: [Record<string, string>, (r: (typeof all)[number]) => boolean][] = [
      [{ status: "OFF_TRACK" }, (r) => r.status === "OFF_TRACK"],
      [{ status: "NO_DATA" }, (r) => r.status === "NO_DATA"],
      [{ indicator: sample.indicator.code }, (r) => r.indicator.code === sample.indicator.code],
      [{ region: sample.region.code }, (r) => r.region.code === sample.region.code],
      [{ department: String(sample.leadDepartment.id) }, (r) => r.leadDepartment?.id === sample.leadDepartment?.id],
      [{ plan: String(sample.plan.id), group: "region" }, (r) => r.plan?.id === sample.plan?.id],
    ];
    for (const [query, matches] of cases) {
      const page = await listTargetsPage(office, filters(query));
      const expected = all.filter(matches);
      expect(page?.matched, JSON.stringify(query)).toBe(expected.length);
      expect(page?.rows.every(matches), JSON.stringify(query)).toBe(true);
    }
    expect(all.some((r) => r.status === "OFF_TRACK")).toBe(true);
  });
});

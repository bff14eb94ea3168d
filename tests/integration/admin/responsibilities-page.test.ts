// The duties list paged on the server, narrowed to a region's subtree and a department.
import { describe, expect, it } from "vitest";
import { listResponsibilitiesPage, RESPONSIBILITY_PAGE_SIZE } from "@/lib/data/admin/responsibilities";
import { db } from "@/lib/db";
import { userNamed } from "@/tests/support/users";

describe("duties list", () => {
  it("shows one page of the duties in scope, filtered by region subtree and department", async () => {
    const admin = await userNamed("admin");
    const all = await listResponsibilitiesPage(admin, {});
    expect(all?.total).toBe(await db.responsibility.count());
    expect(all?.rows.length).toBe(Math.min(all?.total ?? 0, RESPONSIBILITY_PAGE_SIZE));

    const sample = await db.responsibility.findFirstOrThrow({ where: { region: { level: "COUNTY" } }, select: { departmentId: true, region: { select: { code: true, path: true } } } });
    const narrowed = await listResponsibilitiesPage(admin, { regionCode: sample.region.code, departmentId: sample.departmentId });
    const expected = await db.responsibility.count({ where: { departmentId: sample.departmentId, region: { path: { startsWith: sample.region.path } } } });
    expect(narrowed?.total).toBe(expected);
    expect(narrowed?.rows.every((r) => r.department.id === sample.departmentId && r.region.code === sample.region.code)).toBe(true);
    expect(await listResponsibilitiesPage(admin, { regionCode: "999999" })).toBeNull();
  });
});

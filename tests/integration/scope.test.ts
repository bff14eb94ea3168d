// The data layer's scope rules against the demo database: who sees which regions, plans and users.
import { describe, expect, it } from "vitest";
import { listPlansInScope } from "@/lib/data/plans-in-scope";
import { findRegionInScope, listChildRegions } from "@/lib/data/regions";
import { loadSessionUser, signIn } from "@/lib/data/session-users";
import { db } from "@/lib/db";
import { userNamed } from "../support/users";
import { DEMO_PASSWORD } from "@/lib/demo-accounts";

describe("region scope", () => {
  it("lets a county viewer see its county and nothing beside or above it", async () => {
    const viewer = await userNamed("viewer-dx");
    expect(await findRegionInScope(viewer, "450681")).toMatchObject({ name: "东兴市" });
    expect(await findRegionInScope(viewer, "450603")).toBeNull(); // 防城区, a sibling
    expect(await findRegionInScope(viewer, "450600")).toBeNull(); // the parent city
    expect(await findRegionInScope(viewer, "130000")).toBeNull(); // another province
  });

  it("lets a city user see the city and its four counties, and no other city", async () => {
    const office = await userNamed("office");
    const city = await findRegionInScope(office, "450600");
    expect(city).not.toBeNull();
    const children = await listChildRegions(office, city!.id);
    expect(children.map((c) => c.code).sort()).toEqual(["450602", "450603", "450621", "450681"]);
    expect(await findRegionInScope(office, "130100")).toBeNull();
  });

  it("lists only the in-scope children of a region outside the scope", async () => {
    const viewer = await userNamed("viewer-dx");
    const city = await db.region.findUniqueOrThrow({ where: { code: "450600" } });
    expect((await listChildRegions(viewer, city.id)).map((c) => c.code)).toEqual(["450681"]);
  });

  it("lists the plans with targets in the scope and counts only those targets", async () => {
    const [admin, office, viewer] = await Promise.all([userNamed("admin"), userNamed("office"), userNamed("viewer-dx")]);
    const [all, city, county] = await Promise.all([listPlansInScope(admin), listPlansInScope(office), listPlansInScope(viewer)]);
    const total = (list: typeof all) => list.plans.reduce((sum, p) => sum + p.targetCount, 0);
    const countIn = (prefix: string) => db.target.count({ where: { archivedAt: null, plan: { archivedAt: null }, region: { path: { startsWith: prefix } } } });
    expect(total(all)).toBe(await db.target.count({ where: { archivedAt: null, plan: { archivedAt: null } } }));
    expect(total(city)).toBe(await countIn("/000000/450000/450600/"));
    expect(total(county)).toBe(await countIn("/000000/450000/450600/450681/"));
    expect(total(county)).toBeGreaterThan(0);
    expect(total(county)).toBeLessThan(total(city));
    expect(city.plans.map((p) => p.docNumber)).toContain("防政发〔2017〕14号");
    expect(city.plans.map((p) => p.docNumber)).not.toContain("冀政办函〔2012〕28号");
    expect(all.plans.length).toBeGreaterThanOrEqual(2);
    expect(county.hasDemoFigures).toBe(true);
  });
});

describe("sign-in checks", () => {
  it("accepts the right password and refuses a wrong one or an unknown user", async () => {
    expect((await signIn("leader", DEMO_PASSWORD))?.user).toMatchObject({ role: "LEADERSHIP", scopeRegionCode: "450600" });
    expect(await signIn("leader", "Demo#2025")).toBeNull();
    expect(await signIn("nobody", DEMO_PASSWORD)).toBeNull();
  });

  it("refuses a deactivated user and drops it from existing sessions", async () => {
    const viewer = await userNamed("viewer-dx");
    await db.user.update({ where: { id: viewer.id }, data: { active: false } });
    try {
      expect(await signIn("viewer-dx", DEMO_PASSWORD)).toBeNull();
      expect(await loadSessionUser(viewer.id)).toBeNull();
    } finally {
      await db.user.update({ where: { id: viewer.id }, data: { active: true } });
    }
  });

  it("never returns password hashes from ordinary queries", async () => {
    const row = await db.user.findFirstOrThrow();
    expect(row).not.toHaveProperty("passwordHash");
    const session = await loadSessionUser(row.id);
    expect(JSON.stringify(session)).not.toContain("scrypt$");
  });
});

// The dashboard data layer against the seeded demo database: scope, roll-up, scorecards, cache.
import { describe, expect, it } from "vitest";
import { getIndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { getOverview } from "@/lib/data/dashboard/overview";
import { getRegionScorecard, listRegionTargets } from "@/lib/data/dashboard/region";
import { listTargets } from "@/lib/data/dashboard/targets-list";
import { recomputeEvaluations } from "@/lib/data/evaluation/recompute";
import { db } from "@/lib/db";
import { userNamed } from "../support/users";
import { targetFilterSchema } from "@/lib/validations/targets";

describe("overview", () => {
  it("counts every target of the city and its counties once, and lists the counties as matrix rows", async () => {
    const office = await userNamed("office");
    const overview = await getOverview(office, { provisional: false });
    const inScope = await db.target.count({ where: { archivedAt: null, region: { path: { startsWith: office.scopePath } } } });
    expect(overview.total).toBe(inScope);
    expect(Object.values(overview.counts).reduce((a, b) => a + b, 0)).toBe(inScope);
    expect(overview.matrix.rows.map((r) => r.code).sort()).toEqual(["450602", "450603", "450621", "450681"]);
    expect(overview.mostBehind).toHaveLength(10);
    expect(overview.mostBehind.every((r) => r.status !== "ACHIEVED" && r.status !== "ON_TRACK")).toBe(true);
    const cards = Object.fromEntries(overview.cards.map((c) => [c.region.code, c.color]));
    expect(cards).toMatchObject({ "450621": "RED", "450603": "YELLOW" });
  });

  it("shows a county user only its own county", async () => {
    const viewer = await userNamed("viewer-dx");
    const overview = await getOverview(viewer, { provisional: false });
    expect(overview.matrix.rows.map((r) => r.code)).toEqual(["450681"]);
    expect(overview.total).toBe(await db.target.count({ where: { archivedAt: null, region: { code: "450681" } } }));
  });
});

describe("region scorecard and API rows", () => {
  it("ranks a county among its siblings and hides regions outside the scope", async () => {
    const leader = await userNamed("leader");
    const scorecard = await getRegionScorecard(leader, "450621", { provisional: false });
    expect(scorecard?.score).toMatchObject({ of: 4, card: { color: "RED" } });
    const viewer = await userNamed("viewer-dx");
    expect(await getRegionScorecard(viewer, "450603", { provisional: false })).toBeNull();
    expect(await listRegionTargets(viewer, "450603", { provisional: false })).toBeNull();
    expect(await getRegionScorecard(viewer, "450681", { provisional: false })).toMatchObject({ score: { rank: 1, of: 1 } });
  });

  it("rolls county figures up to the city for city targets", async () => {
    const leader = await userNamed("leader");
    const rows = (await listRegionTargets(leader, "450600", { provisional: false })) ?? [];
    const rolledUp = rows.find((r) => r.indicator.code === "FOOD_SPOT_PASS");
    expect(rolledUp?.coverage).toEqual({ reporting: 4, expected: 4 });
    const figures = await db.figure.findMany({
      where: { indicator: { code: "FOOD_SPOT_PASS" }, region: { parent: { code: "450600" } }, year: 2020, quarter: 2, status: "APPROVED" },
    });
    const pooled = (figures.reduce((s, f) => s + (f.numerator ?? 0), 0) / figures.reduce((s, f) => s + (f.denominator ?? 0), 0)) * 100;
    expect(rolledUp?.latest).toEqual({ period: "2020Q2", value: expect.closeTo(pooled, 6) });
  });
});

describe("targets list and indicator page", () => {
  it("filters by status", async () => {
    const office = await userNamed("office");
    const list = await listTargets(office, targetFilterSchema.parse({ status: "OFF_TRACK" }));
    expect(list?.rows.length).toBeGreaterThan(0);
    expect(list?.rows.every((r) => r.status === "OFF_TRACK")).toBe(true);
  });

  it("ranks the regions of an indicator by value, best first", async () => {
    const leader = await userNamed("leader");
    const dashboard = await getIndicatorDashboard(leader, "FOOD_SPOT_PASS", { provisional: false, period: { year: 2020, quarter: 2 }, focusRegionCode: null });
    expect(dashboard?.ranking[0]).toMatchObject({ region: { code: "450600" }, rank: null });
    const counties = dashboard?.ranking.slice(1) ?? [];
    expect(counties.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    const values = counties.map((r) => r.value ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});

describe("evaluation cache", () => {
  it("follows the figures when they change and are recomputed", async () => {
    const target = await db.target.findFirstOrThrow({
      where: { indicator: { code: "FOOD_SPOT_PASS" }, region: { code: "450621" } },
      include: { evaluations: { where: { provisional: false } } },
    });
    expect(target.evaluations[0]?.status).toBe("OFF_TRACK");
    const figures = await db.figure.findMany({ where: { indicatorId: target.indicatorId, regionId: target.regionId, status: "APPROVED" } });
    try {
      await db.figure.updateMany({ where: { id: { in: figures.map((f) => f.id) } }, data: { numerator: 100, denominator: 100 } });
      await recomputeEvaluations(db, { indicatorIds: [target.indicatorId] });
      const after = await db.targetEvaluation.findUniqueOrThrow({ where: { targetId_provisional: { targetId: target.id, provisional: false } } });
      expect(after.status).toBe("ACHIEVED");
      expect(after.latestValue).toBe(100);
    } finally {
      for (const f of figures) await db.figure.update({ where: { id: f.id }, data: { numerator: f.numerator, denominator: f.denominator } });
      await recomputeEvaluations(db, { indicatorIds: [target.indicatorId] });
    }
  });
});

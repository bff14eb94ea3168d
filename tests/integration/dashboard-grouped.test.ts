// The dashboards' grouped queries and partial loads against what loading every target in scope and
// judging it one by one gives: the same numbers, on the seeded demo database.
import { describe, expect, it } from "vitest";
import { getCompleteness, listMissingFigures } from "@/lib/data/dashboard/completeness";
import { countStatusesByArea, listMostBehindIds, listTargetStatuses } from "@/lib/data/dashboard/grouped";
import { getOverview } from "@/lib/data/dashboard/overview";
import { getRegionDashboard, getRegionScorecard, listRegionTargets } from "@/lib/data/dashboard/region";
import { loadScopedTargets } from "@/lib/data/dashboard/scoped-targets";
import { mostBehind, scoreRegions } from "@/lib/domain/target-summaries";
import { toTargetRow } from "@/lib/data/dashboard/target-rows";
import { db } from "@/lib/db";
import { countByStatus, type TargetStatus } from "@/lib/domain";
import { userNamed } from "../support/users";

const USERS = ["admin", "office", "viewer-dx"] as const;
const KINDS = [false, true] as const;

describe("grouped status counts", () => {
  it("equal the statuses of every target in scope, per task area and in total", async () => {
    for (const username of USERS) {
      const user = await userNamed(username);
      for (const provisional of KINDS) {
        const all = await loadScopedTargets(user, { provisional });
        const groups = await countStatusesByArea(user, provisional);
        const overview = await getOverview(user, { provisional });
        expect(overview.counts).toEqual(countByStatus(all.targets.map((t) => t.status)));
        expect(overview.total).toBe(all.targets.length);
        // Per area name, in the order the names first occur among the targets by id.
        const byArea = new Map<string, TargetStatus[]>();
        for (const t of all.targets) {
          const name = (t.areaId === null ? undefined : all.areas.get(t.areaId))?.name ?? "—";
          byArea.set(name, [...(byArea.get(name) ?? []), t.status]);
        }
        expect(overview.areas.map((a) => [a.name, a.counts])).toEqual([...byArea].map(([name, statuses]) => [name, countByStatus(statuses)]));
        expect(groups.reduce((sum, g) => sum + g.targets, 0)).toBe(all.targets.length);
      }
    }
  });

  it("pick the same most-behind targets, in the same order, as sorting every target", async () => {
    for (const username of USERS) {
      const user = await userNamed(username);
      for (const provisional of KINDS) {
        const all = await loadScopedTargets(user, { provisional });
        const expected = mostBehind(all.targets, 10).map((t) => t.id);
        expect(await listMostBehindIds(user, provisional, 10)).toEqual(expected);
        const overview = await getOverview(user, { provisional });
        expect(overview.mostBehind).toEqual(mostBehind(all.targets, 10).map((t) => toTargetRow(all, t)));
      }
    }
  });
});

describe("partial loads", () => {
  it("load a selection of targets as filtering the whole scope would, also across several statements", async () => {
    const user = await userNamed("admin");
    const all = await loadScopedTargets(user, { provisional: false });
    // More ids than one statement takes (500), most of them not targets at all.
    const targetIds = Array.from({ length: 1200 }, (_, i) => i * 2 + 1);
    const regionIds = [...new Set(all.targets.map((t) => t.regionId))].slice(0, 2);
    const selected = await loadScopedTargets(user, { provisional: false, only: { targetIds, regionIds } });
    const wanted = new Set(targetIds);
    expect(selected.targets).toEqual(all.targets.filter((t) => wanted.has(t.id) || regionIds.includes(t.regionId)));
    expect((await loadScopedTargets(user, { provisional: false, only: {} })).targets).toEqual([]);
  });

  it("list the cached statuses of some regions' targets as their full load has them", async () => {
    for (const username of USERS) {
      const user = await userNamed(username);
      for (const provisional of KINDS) {
        const all = await loadScopedTargets(user, { provisional });
        const regionIds = [...all.regions.keys()];
        const expected = all.targets.map((t) => ({ id: t.id, regionId: t.regionId, indicatorId: t.indicatorId, weight: t.weight, status: t.status }));
        expect(await listTargetStatuses(user, provisional, regionIds)).toEqual(expected);
      }
    }
  });

  it("score, rank and list a region from its siblings' and sub-regions' targets as from the whole scope", async () => {
    for (const username of ["leader", "office", "viewer-dx"]) {
      const user = await userNamed(username);
      const all = await loadScopedTargets(user, { provisional: false });
      for (const region of all.regions.values()) {
        const siblings = [...all.regions.values()].filter((r) => r.parentId === region.parentId && region.id !== user.scopeRegionId).map((r) => r.id);
        const expected = scoreRegions(all, siblings.length > 0 ? siblings : [region.id]).find((s) => s.regionId === region.id);
        expect((await getRegionScorecard(user, region.code, { provisional: false }))?.score).toEqual(expected);
        const own = all.targets.filter((t) => t.regionId === region.id).map((t) => toTargetRow(all, t));
        expect(await listRegionTargets(user, region.code, { provisional: false })).toEqual(own);
        const dashboard = await getRegionDashboard(user, region.code, { provisional: false });
        const children = [...all.regions.values()].filter((r) => r.parentId === region.id).map((r) => r.id);
        expect(dashboard?.children.map((c) => c.score)).toEqual(
          scoreRegions(all, children)
            .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER))
            .map((c) => c.score),
        );
      }
    }
  });
});

describe("grouped completeness", () => {
  it("counts each department's responsibilities and their figures as loading them one by one", async () => {
    for (const username of USERS) {
      const user = await userNamed(username);
      for (const period of [{ year: 2020, quarter: 3 }, { year: 2020, quarter: 2 }] as const) {
        const region = { path: { startsWith: user.scopePath } };
        const [responsibilities, figures] = await Promise.all([
          db.responsibility.findMany({ where: { region }, select: { departmentId: true, indicatorId: true, regionId: true } }),
          db.figure.findMany({ where: { ...period, region, status: { in: ["SUBMITTED", "APPROVED"] } }, select: { indicatorId: true, regionId: true, status: true } }),
        ]);
        const statusOf = new Map(figures.map((f) => [`${f.indicatorId}:${f.regionId}`, f.status]));
        const expected = new Map<number, { expected: number; submitted: number; approved: number }>();
        for (const r of responsibilities) {
          const row = expected.get(r.departmentId) ?? { expected: 0, submitted: 0, approved: 0 };
          const status = statusOf.get(`${r.indicatorId}:${r.regionId}`);
          row.expected += 1;
          if (status) row.submitted += 1;
          if (status === "APPROVED") row.approved += 1;
          expected.set(r.departmentId, row);
        }
        const completeness = await getCompleteness(user, period);
        expect(new Map(completeness.departments.map((d) => [d.departmentId, { expected: d.expected, submitted: d.submitted, approved: d.approved }]))).toEqual(expected);
        const missing = await listMissingFigures(user, period);
        expect(missing).toHaveLength(completeness.total.expected - completeness.total.submitted);
      }
    }
  });
});

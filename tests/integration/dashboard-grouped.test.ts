// The dashboards' grouped queries and partial loads against what loading every target in scope and
// judging it one by one gives: the same numbers, on the seeded demo database.
import { describe, expect, it } from "vitest";
import { countStatusesByArea, listMostBehindIds, listTargetStatuses } from "@/lib/data/dashboard/grouped";
import { getOverview } from "@/lib/data/dashboard/overview";
import { getRegionDashboard, getRegionScorecard, listRegionTargets } from "@/lib/data/dashboard/region";
import { loadScopedTargets } from "@/lib/data/dashboard/scoped-targets";
import { mostBehind, scoreRegions } from "@/lib/domain/target-summaries";
import { toTargetRow } from "@/lib/data/dashboard/target-rows";
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
        // Per area name, in the areas' sortOrder (the lowest of a name shared by plans), then name; no area last.
        const byArea = new Map<string, { sortOrder: number; statuses: TargetStatus[] }>();
        for (const t of all.targets) {
          const area = t.areaId === null ? undefined : all.areas.get(t.areaId);
          const name = area?.name ?? "—";
          const entry = byArea.get(name) ?? { sortOrder: Number.POSITIVE_INFINITY, statuses: [] };
          byArea.set(name, { sortOrder: Math.min(entry.sortOrder, area?.sortOrder ?? Number.POSITIVE_INFINITY), statuses: [...entry.statuses, t.status] });
        }
        const ordered = [...byArea].sort(([a, x], [b, y]) => (x.sortOrder === y.sortOrder ? a.localeCompare(b, "zh-CN") : x.sortOrder - y.sortOrder));
        expect(overview.areas.map((a) => [a.name, a.counts])).toEqual(ordered.map(([name, { statuses }]) => [name, countByStatus(statuses)]));
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

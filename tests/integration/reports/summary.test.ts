// The summary report's data against the dashboards it must agree with, on the seeded demo database.
import { describe, expect, it } from "vitest";
import { getIndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { getOverview } from "@/lib/data/dashboard/overview";
import { getRegionDashboard } from "@/lib/data/dashboard/region";
import { evaluateTargetsAsOf } from "@/lib/data/evaluation/as-of";
import { currentPeriodIndex } from "@/lib/data/evaluation/current-period";
import { getSummaryReport, type SummaryReport } from "@/lib/data/reports/summary";
import { db } from "@/lib/db";
import { formatPeriodIndex, periodIndex } from "@/lib/domain";
import { parseReportPeriod } from "@/lib/domain/report-period";
import { userNamed } from "./helpers";

async function reportOf(username: string, region: string, period: string): Promise<SummaryReport> {
  const parsed = parseReportPeriod(period);
  if (!parsed) throw new Error(`bad period ${period}`);
  const result = await getSummaryReport(await userNamed(username), region, parsed);
  if (!result.ok) throw new Error(`no report: ${result.code}`);
  return result.report;
}

describe("summary report data", () => {
  it("at the current quarter equals the region page and the overview, number for number", async () => {
    const leader = await userNamed("leader");
    const current = formatPeriodIndex(await currentPeriodIndex(db));
    const [report, dashboard, overview] = await Promise.all([
      reportOf("leader", "450600", current),
      getRegionDashboard(leader, "450600", { provisional: false }),
      getOverview(leader, { provisional: false }),
    ]);
    expect(report.period).toMatchObject({ label: current, kind: "QUARTER", asOf: current });
    expect(report.targets).toEqual(dashboard?.targets);
    expect(report.headline.own).toMatchObject({ counts: dashboard?.scorecard?.counts, score: dashboard?.scorecard?.score, rank: 1, of: 1 });
    expect(report.subregions.map((s) => [s.code, s.score, s.rank, s.card?.color ?? null])).toEqual(dashboard?.children.map((c) => [c.code, c.score, c.rank, c.card?.color ?? null]));
    // The leader's scope is the city, so "including sub-regions" is the overview's whole scope.
    expect(report.headline.all.counts).toEqual(overview.counts);
    expect(report.headline.all.total).toBe(overview.total);
    expect(report.areas).toEqual(overview.areas);
    expect(report.completeness.total).toEqual(overview.completeness.total);
    expect(report.subregions.filter((s) => s.card).map((s) => [s.code, s.card?.color])).toEqual(overview.cards.map((c) => [c.region.code, c.color]));
  });

  it("judges a year as of its last quarter, or the current one while the year runs, and compares with the year before", async () => {
    const year2020 = await reportOf("leader", "450600", "2020");
    expect(year2020.period).toMatchObject({ label: "2020", kind: "YEAR", asOf: "2020Q3", previous: { label: "2019", asOf: "2019Q4" }, isPartial: true });
    const year2019 = await reportOf("leader", "450600", "2019");
    expect(year2019.period).toMatchObject({ asOf: "2019Q4", isPartial: false });
    // The previous period of 2020 is the 2019 report's own period: the same numbers.
    expect(year2020.headline.previous.own).toMatchObject({ counts: year2019.headline.own.counts, score: year2019.headline.own.score });
    expect(year2020.headline.previous.all.counts).toEqual(year2019.headline.all.counts);
    expect(year2020.figures.map((f) => f.period)).toEqual(expect.arrayContaining(["2020Q1", "2020Q2"]));
    expect(year2020.figures.every((f) => f.period.startsWith("2020"))).toBe(true);
  });

  it("for a past quarter agrees with the indicator page judged at that quarter", async () => {
    const leader = await userNamed("leader");
    const report = await reportOf("leader", "450600", "2020Q1");
    const rows = [...report.targets, ...report.subregionTargets];
    expect(rows.length).toBe(report.headline.all.total);
    const codes = [...new Set(rows.map((r) => r.indicator.code))].slice(0, 12);
    for (const code of codes) {
      const page = await getIndicatorDashboard(leader, code, { provisional: false, period: { year: 2020, quarter: 1 }, focusRegionCode: null });
      for (const r of rows.filter((row) => row.indicator.code === code)) {
        const ranked = page?.ranking.find((p) => p.targetId === r.id);
        // The report reads stored past evaluations; a float read back from the database may differ in the last bit.
        const close = (x: number | null | undefined) => (x == null ? x : Number(x.toPrecision(12)));
        expect({ status: r.status, value: r.latest?.value ?? null, progress: close(r.progress) }).toEqual({ status: ranked?.status, value: ranked?.value, progress: close(ranked?.progress) });
        expect(r.latest === null || periodIndex({ year: Number(r.latest.period.slice(0, 4)), quarter: 1 }) <= periodIndex({ year: 2020, quarter: 1 })).toBe(true);
      }
    }
  });

  it("computes on the fly what the evaluation cache holds for the current quarter", async () => {
    const current = await currentPeriodIndex(db);
    // The database keeps ~16 significant digits of a double; statuses and everything else are exact.
    const close = (value: unknown) => (typeof value === "number" && !Number.isInteger(value) ? expect.closeTo(value, 12) : value);
    for (const provisional of [false, true]) {
      const cached = await db.targetEvaluation.findMany({ where: { provisional }, omit: { computedAt: true, provisional: true } });
      expect(cached.length).toBeGreaterThan(200);
      const computed = await evaluateTargetsAsOf(db, cached.map((c) => c.targetId), current, { provisional });
      for (const { targetId, ...row } of cached) {
        expect({ targetId, ...computed.get(targetId) }).toEqual({ targetId, ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, close(v)])) });
      }
    }
  });

  it("lists off-track and at-risk targets with the departments' notes and supporting departments", async () => {
    const report = await reportOf("leader", "450600", "2020Q2");
    expect(report.problems.length).toBeGreaterThan(10);
    expect(report.problems.every((p) => ["MISSED", "OFF_TRACK", "AT_RISK"].includes(p.target.status))).toBe(true);
    // The city's own targets come first, then the counties in their order.
    const regionOrder = report.problems.map((p) => p.target.region.code);
    expect(regionOrder[0]).toBe("450600");
    const shangsi = report.problems.find((p) => p.target.region.code === "450621" && p.target.indicator.code === "FOOD_SPOT_PASS");
    expect(shangsi?.notes).toEqual([{ region: { code: "450621", name: "上思县", nameEn: expect.any(String) }, period: "2020Q2", note: expect.stringContaining("小微企业") }]);
    expect(report.problems.some((p) => p.supporting.length > 0)).toBe(true);
    // A rolled-up city value carries its counties' notes.
    expect(report.problems.some((p) => p.target.region.code === "450600" && p.notes.some((n) => n.region.code !== "450600"))).toBe(true);
    expect(report.isDemo).toBe(true);
  });

  it("ranks a county among its siblings for the office, and lists who has not submitted", async () => {
    const report = await reportOf("office", "450621", "2020Q3");
    expect(report.headline.own).toMatchObject({ of: 4, card: { color: "RED" } });
    expect(report.subregions).toEqual([]);
    expect(report.completeness.missing.every((m) => m.region.code === "450621")).toBe(true);
    expect(report.completeness.total.expected - report.completeness.total.submitted).toBe(report.completeness.missing.length);
  });

  it("refuses viewers, regions out of scope and periods not reached", async () => {
    const period = { kind: "YEAR", year: 2020 } as const;
    expect(await getSummaryReport(await userNamed("viewer-dx"), "450681", period)).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await getSummaryReport(await userNamed("leader"), "130000", period)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await getSummaryReport(await userNamed("leader"), "450600", { kind: "QUARTER", year: 2020, quarter: 4 })).toEqual({ ok: false, code: "PERIOD_NOT_REACHED", current: "2020Q3" });
  });
});

// What a scheme refers to, and the engine at the province's scale (110 counties).
import { describe, expect, it } from "vitest";
import { areasOf, countersOf, indicatorCodesOf, scoreAssessment, type RegionInput } from "@/lib/domain/assessment";
import type { TargetStatus } from "@/lib/domain/status";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";
import { fangchenggangAssessmentScheme } from "@/prisma/seed/assessment-scheme";
import { indicator, item, scheme, target } from "./factories";

describe("scheme references", () => {
  const s = scheme([
    item("A", 10, { kind: "status", indicatorCode: "P", shares: {}, noTarget: "ZERO" }),
    item("B", 10, { kind: "count", source: { indicatorCode: "Q" }, perItem: 1 }),
    item("C", 10, { kind: "count", source: { counter: "AWARDS" }, perItem: 1 }),
    item("D", 10, { kind: "share", area: "品牌建设", credited: ["ACHIEVED"], noTarget: "ZERO" }),
    item("E", 10, { kind: "rank", indicatorCode: "P", bands: [{ upTo: 1, share: 1 }] }),
    item("F", 10, { kind: "manual", levels: null }),
  ], { deductions: { cap: 5, items: [item("G", 5, { kind: "count", source: { counter: "INCIDENTS" }, perItem: 1 })] } });

  it("lists indicators, areas and counters once each, in order of first mention", () => {
    expect(indicatorCodesOf(s)).toEqual(["P", "Q"]);
    expect(areasOf(s)).toEqual(["品牌建设"]);
    expect(countersOf(s)).toEqual(["AWARDS", "INCIDENTS"]);
  });
});

describe("scale", () => {
  it("scores 110 counties on the demo scheme in one call, ranks all of them and puts the vetoed one last", () => {
    const demo = assessmentSchemeSchema.parse(fangchenggangAssessmentScheme);
    const statuses: TargetStatus[] = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "MISSED", "NO_DATA"];
    const regions: RegionInput[] = Array.from({ length: 110 }, (_, n) => ({
      regionCode: String(450000 + n),
      indicators: Object.fromEntries(
        indicatorCodesOf(demo).map((code, i) => [
          code,
          indicator({
            yearValue: 80 + ((n * 7 + i) % 20),
            lastYearValue: 85,
            target: target({ area: i % 2 ? "品牌建设" : "标准化", status: statuses[(n + i) % statuses.length], value: 85 + ((n + i) % 15), targetValue: 95 }),
          }),
        ]),
      ),
      counters: { RED_CARDS_OPEN: n % 3, MAJOR_INCIDENTS: n % 5 === 0 ? 1 : 0 },
      given: { ORG_LEADERSHIP: { points: 4, reason: "材料齐全" } },
      vetoes: n === 7 ? ["VETO_SYSTEMIC_INCIDENT"] : [],
    }));
    const results = scoreAssessment(demo, regions);
    expect(results).toHaveLength(110);
    expect(results.every((r) => r.rank >= 1 && r.rank <= 110 && r.of === 110)).toBe(true);
    expect(results[7]).toMatchObject({ grade: "D", rank: 110 });
  });
});

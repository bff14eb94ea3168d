// The year's computed assessment against the demo database: every county scored with the scheme's
// structure, the entered counters, vetoes, cards and verified scores taken into account, targets
// judged at the year's end as the reports judge them, and the scope rules.
import { describe, expect, it } from "vitest";
import { getAssessmentYear, listAssessmentChoices } from "@/lib/data/assessment/year";
import { evaluateTargetsAsOf } from "@/lib/data/evaluation/as-of";
import { db } from "@/lib/db";
import { yearEndIndex } from "@/lib/domain";
import { schemeItems, type RegionScore } from "@/lib/domain/assessment";
import { userNamed } from "../support/users";

const COUNTIES = ["450602", "450603", "450621", "450681"];

async function officeYear(year: number) {
  const result = await getAssessmentYear(await userNamed("office"), year, "450600");
  if (!result.ok) throw new Error(`expected the ${year} assessment, got ${result.code}`);
  return result.data;
}

const item = (score: RegionScore, code: string) => {
  const found = score.items.find((i) => i.code === code);
  if (!found) throw new Error(`item ${code} missing`);
  return found;
};

describe("getAssessmentYear", () => {
  it("scores every county of 防城港市 in 2020 with the scheme's items, totals, grades and ranks", async () => {
    const year = await officeYear(2020);
    expect(year.asOf).toBe("2020Q4");
    expect(year.regions.map((r) => r.code)).toEqual(COUNTIES);
    const itemCodes = schemeItems(year.scheme.definition).map((i) => i.code);
    for (const { score } of year.regions) {
      expect(score.groups.map((g) => g.code)).toEqual(["ORGANISATION", "SAFETY", "DEVELOPMENT", "FOUNDATION"]);
      expect(score.items.map((i) => i.code)).toEqual(itemCodes);
      const expected = Math.max(0, score.base + score.bonus.counted - score.deductions.counted);
      expect(score.total).toBeCloseTo(Math.round(expected * 10) / 10, 5);
      expect(["A", "B", "C", "D"]).toContain(score.grade);
      expect(score.of).toBe(4);
    }
    expect(year.regions.map((r) => r.score.rank).sort()).toEqual([1, 2, 3, 4]);
  });

  it("applies the entered veto, counters and the open yellow card, and leaves unscored manual items open", async () => {
    const year = await officeYear(2020);
    const byCode = new Map(year.regions.map((r) => [r.code, r.score]));
    const shangsi = byCode.get("450621")!;
    expect(shangsi.vetoes).toEqual(["VETO_SYSTEMIC_INCIDENT"]);
    expect(shangsi.grade).toBe("D");
    expect(shangsi.rank).toBe(4);
    const fangcheng = byCode.get("450603")!;
    expect(item(fangcheng, "DED_MAJOR_INCIDENT").points).toBe(3);
    expect(item(fangcheng, "DED_YELLOW_CARD")).toMatchObject({ points: 1, explanation: { kind: "count", count: 1 } });
    const dongxing = byCode.get("450681")!;
    expect(dongxing.bonus).toEqual({ earned: 5, counted: 5, cap: 5 });
    expect(item(dongxing, "ORG_LEADERSHIP")).toMatchObject({ points: 0, computed: null, issues: ["SCORE_MISSING"] });
    expect(dongxing.hasIssues).toBe(true);
  });

  it("judges each target at the end of the year exactly as the reports do", async () => {
    const year = await officeYear(2020);
    const dongxing = year.regions.find((r) => r.code === "450681")!.score;
    const target = await db.target.findFirstOrThrow({ where: { indicator: { code: "FOOD_RAPID_TEST_PASS" }, region: { code: "450681" }, deadlineYear: { gte: 2020 } } });
    const asOf = await evaluateTargetsAsOf(db, [target.id], yearEndIndex(2020), { provisional: false });
    expect(item(dongxing, "SAFETY_RAPID_TEST").explanation).toMatchObject({ kind: "status", status: asOf.get(target.id)?.status });
  });

  it("scores every rule kind from data in 2019, with the office's verified manual scores", async () => {
    const year = await officeYear(2019);
    const items = year.regions.flatMap((r) => r.score.items);
    for (const kind of ["status", "shortfall", "share", "count", "tiers", "growth", "rank"]) {
      expect(items.some((i) => i.kind === kind && "outcome" in i.explanation && i.explanation.outcome === "SCORED"), kind).toBe(true);
    }
    expect(items.filter((i) => i.issues.length > 0)).toEqual([]);
    const gangkou = year.regions.find((r) => r.code === "450602")!;
    expect(gangkou.status).toBe("VERIFIED");
    expect(item(gangkou.score, "ORG_LEADERSHIP")).toMatchObject({ points: 4, given: { points: 4, reason: "见证材料齐全，工作开展好" } });
  });

  it("shows a county's office its own row only, ranked among all four", async () => {
    const [own, all] = await Promise.all([getAssessmentYear(await userNamed("office-dx"), 2020, "450600"), officeYear(2020)]);
    if (!own.ok) throw new Error(own.code);
    expect(own.data.regions.map((r) => r.code)).toEqual(["450681"]);
    expect(own.data.regions[0]?.score).toEqual(all.regions.find((r) => r.code === "450681")?.score);
    expect(own.data.assessedCount).toBe(4);
    expect(await listAssessmentChoices(await userNamed("office-dx"))).toEqual([{ code: "450600", name: "防城港市", nameEn: expect.any(String), years: [2020, 2019] }]);
  });

  it("lets the leadership read everything and refuses other roles and regions out of scope", async () => {
    const leader = await getAssessmentYear(await userNamed("leader"), 2020, "450600");
    expect(leader.ok && leader.data.regions.length).toBe(4);
    expect(await getAssessmentYear(await userNamed("viewer-dx"), 2020, "450600")).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await getAssessmentYear(await userNamed("dept-scj"), 2020, "450600")).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await getAssessmentYear(await userNamed("office"), 2020, "130000")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await getAssessmentYear(await userNamed("office"), 2018, "450600")).toEqual({ ok: false, code: "NOT_FOUND" });
    // A sibling county's office is not the assessing region's: 东兴市's office cannot open 防城区's (none) nor another city's.
    expect(await getAssessmentYear(await userNamed("office-dx"), 2020, "450603")).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await listAssessmentChoices(await userNamed("viewer-dx"))).toEqual([]);
  });
});

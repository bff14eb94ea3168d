// The demo city's default assessment scheme is valid, adds up to 100 and names only what the
// seed data has: indicators, target areas of 防政发〔2017〕14号, departments.
import { describe, expect, it } from "vitest";
import { areasOf, countersOf, indicatorCodesOf, schemeItems, scoreAssessment, CARD_COUNTERS } from "@/lib/domain/assessment";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";
import { fangchenggangAssessmentScheme, FANGCHENGGANG_SCHEME_COUNTERS } from "@/prisma/seed/assessment-scheme";
import { departments } from "@/prisma/seed/data/departments";
import { indicators } from "@/prisma/seed/data/indicators";
import { FANGCHENGGANG_DOC_NUMBER, plans } from "@/prisma/seed/data/plans";
import { FANGCHENGGANG_COUNTY_CODES } from "@/prisma/seed/data/regions";

const scheme = assessmentSchemeSchema.parse(fangchenggangAssessmentScheme);
const plan = plans.find((p) => p.docNumber === FANGCHENGGANG_DOC_NUMBER);
const items = schemeItems(scheme);

describe("防城港市 default assessment scheme", () => {
  it("is valid against the scheme schema", () => {
    expect(assessmentSchemeSchema.safeParse(fangchenggangAssessmentScheme).success).toBe(true);
  });

  it("has 100 points in its main items, in the four 一级 items of ASSESSMENT.md", () => {
    expect(scheme.total).toBe(100);
    expect(scheme.groups.reduce((sum, g) => sum + g.points, 0)).toBe(100);
    expect(scheme.groups.flatMap((g) => g.items).reduce((sum, i) => sum + i.points, 0)).toBeCloseTo(100, 9);
    expect(scheme.groups.map((g) => g.name)).toEqual(["组织领导", "质量安全", "质量发展", "质量基础"]);
  });

  it("has a capped bonus, capped deductions (one fed by open red cards), two vetoes and the national grades", () => {
    expect(scheme.bonus.cap).toBeGreaterThan(0);
    expect(scheme.bonus.items.length).toBeGreaterThan(0);
    expect(scheme.deductions.cap).toBeGreaterThan(0);
    expect(countersOf(scheme)).toContain(CARD_COUNTERS.RED);
    expect(scheme.vetoes.map((v) => v.name)).toContain("发生区域性、系统性质量安全事件");
    expect(scheme.grades.map((g) => [g.code, g.label, g.min])).toEqual([
      ["A", "优秀", 90],
      ["B", "良好", 80],
      ["C", "合格", 60],
      ["D", "不合格", 0],
    ]);
  });

  it("uses every rule kind", () => {
    expect(new Set(items.map((i) => i.rule.kind))).toEqual(new Set(["status", "shortfall", "share", "count", "tiers", "growth", "rank", "manual"]));
  });

  it("names only seeded indicators that the plan sets county targets for or that have county figures", () => {
    const known = new Set(indicators.map((i) => i.code));
    const planIndicators = new Set(plan?.targets.map((t) => t.indicatorCode));
    for (const code of indicatorCodesOf(scheme)) {
      expect(known.has(code), code).toBe(true);
      expect(planIndicators.has(code), code).toBe(true);
    }
  });

  it("reads the targets of its status, shortfall and tiers rules from every county unless it says what no target gives", () => {
    const countyTargets = new Set(
      plan?.targets.filter((t) => (FANGCHENGGANG_COUNTY_CODES as readonly string[]).includes(t.regionCode)).map((t) => `${t.indicatorCode}|${t.regionCode}`),
    );
    for (const item of items) {
      const { rule } = item;
      if (rule.kind !== "status" && rule.kind !== "shortfall" && rule.kind !== "tiers") continue;
      if (rule.noTarget === "FULL") continue;
      for (const county of FANGCHENGGANG_COUNTY_CODES) expect(countyTargets.has(`${rule.indicatorCode}|${county}`), `${item.code} ${county}`).toBe(true);
    }
  });

  it("names only target areas of the plan and seeded departments", () => {
    const planAreas = new Set(plan?.areas.map((a) => a.name));
    for (const area of areasOf(scheme)) expect(planAreas.has(area), area).toBe(true);
    const departmentCodes = new Set(departments.map((d) => d.code));
    for (const item of items) if (item.department !== null) expect(departmentCodes.has(item.department), item.code).toBe(true);
  });

  it("counts only the card counters and the counters it declares for the office to enter", () => {
    const declared = new Set<string>([...Object.values(FANGCHENGGANG_SCHEME_COUNTERS), ...Object.values(CARD_COUNTERS)]);
    for (const counter of countersOf(scheme)) expect(declared.has(counter), counter).toBe(true);
  });

  it("scores the four counties without data as the rules say (a smoke test of scheme and engine together)", () => {
    const results = scoreAssessment(
      scheme,
      FANGCHENGGANG_COUNTY_CODES.map((regionCode) => ({ regionCode, indicators: {}, counters: {}, given: {}, vetoes: [] })),
    );
    // No targets, no figures: only the items whose no-target policy is FULL score.
    const fullWithoutTarget = items.filter((i) => "noTarget" in i.rule && i.rule.noTarget === "FULL").reduce((sum, i) => sum + i.points, 0);
    for (const result of results) {
      expect(result.base).toBe(fullWithoutTarget);
      expect(result.hasIssues).toBe(true);
      expect(result.rank).toBe(1);
    }
  });
});

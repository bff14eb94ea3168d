// A stored scheme is checked on the way in: rule kinds and parameters, defaults, sums, codes.
import { describe, expect, it } from "vitest";
import { issueCodes } from "@/lib/result";
import { fieldErrorsOf, MSG } from "@/lib/validations/fields";
import { ASSESSMENT_MSG as M, assessmentSchemeSchema, givenScoreSchema, type AssessmentSchemeInput } from "@/lib/validations/assessment";

function minimal(): AssessmentSchemeInput {
  return {
    name: "2020年度各县（市、区）质量工作考核",
    groups: [
      {
        code: "SAFETY",
        name: "质量安全",
        points: 60,
        items: [
          { code: "FOOD", name: "食品抽查合格率", points: 40, rule: { kind: "status", indicatorCode: "FOOD_SPOT_PASS" } },
          { code: "MFG", name: "制造业抽查合格率", points: 20, rule: { kind: "shortfall", indicatorCode: "MFG_SPOT_PASS", deductPerUnit: 0.5 } },
        ],
      },
      { code: "ORG", name: "组织领导", points: 40, items: [{ code: "LEAD", name: "领导小组", points: 40, rule: { kind: "manual" } }] },
    ],
  };
}

const errorsOf = (input: unknown) => {
  const result = assessmentSchemeSchema.safeParse(input);
  if (result.success) return {};
  return issueCodes(fieldErrorsOf(result.error));
};

describe("assessmentSchemeSchema", () => {
  it("fills in the defaults: total 100, national grade bands, rule parameters", () => {
    const scheme = assessmentSchemeSchema.parse(minimal());
    expect(scheme.total).toBe(100);
    expect(scheme.grades.map((g) => [g.code, g.min])).toEqual([
      ["A", 90],
      ["B", 80],
      ["C", 60],
      ["D", 0],
    ]);
    expect(scheme.bonus).toEqual({ cap: 0, items: [] });
    expect(scheme.vetoes).toEqual([]);
    const [food, mfg] = scheme.groups[0]?.items ?? [];
    expect(food?.rule).toEqual({ kind: "status", indicatorCode: "FOOD_SPOT_PASS", shares: { ACHIEVED: 1, ON_TRACK: 0.8, AT_RISK: 0.5 }, noTarget: "ZERO" });
    expect(mfg?.rule).toMatchObject({ unit: 1, partialUnits: "PROPORTIONAL" });
    expect(mfg).toMatchObject({ department: null, evidence: null });
    expect(scheme.groups[1]?.items[0]?.rule).toEqual({ kind: "manual", levels: null });
  });

  it("fills in the default tiers, growth shares and rank bands", () => {
    const input = minimal();
    input.groups[1] = {
      code: "ORG",
      name: "组织领导",
      points: 40,
      items: [
        { code: "T", name: "t", points: 20, rule: { kind: "tiers", indicatorCode: "A" } },
        { code: "G", name: "g", points: 10, rule: { kind: "growth", indicatorCode: "B" } },
        { code: "R", name: "r", points: 10, rule: { kind: "rank", indicatorCode: "C" } },
      ],
    };
    const items = assessmentSchemeSchema.parse(input).groups[1]?.items ?? [];
    expect(items[0]?.rule).toMatchObject({ basis: "VALUE", met: 1, tiers: [{ atLeast: 0.9, share: 0.6 }] });
    expect(items[1]?.rule).toMatchObject({ above: 1, equal: 0.5, below: 0 });
    expect(items[2]?.rule).toMatchObject({ bands: [{ upTo: 1 / 3, share: 1 }, { upTo: 2 / 3, share: 2 / 3 }, { upTo: 1, share: 1 / 3 }] });
  });

  it("refuses 二级 items that do not add up to their 一级 item", () => {
    const input = minimal();
    const first = input.groups[0];
    if (first) first.points = 55;
    const errors = errorsOf(input);
    expect(errors["groups.0.points"]).toEqual([M.groupSum]);
    expect(errors.total).toEqual([M.total]);
  });

  it("refuses 一级 items that do not add up to the total", () => {
    expect(errorsOf({ ...minimal(), total: 120 }).total).toEqual([M.total]);
  });

  it("refuses an unknown rule kind and bad parameters, naming the field", () => {
    const input = minimal();
    const items = input.groups[0]?.items;
    if (!items) throw new Error("fixture");
    items[0] = { code: "FOOD", name: "x", points: 40, rule: { kind: "status", indicatorCode: "FOOD_SPOT_PASS", shares: { ACHIEVED: 1.5 } } };
    items[1] = { code: "MFG", name: "y", points: 20, rule: { kind: "shortfall", indicatorCode: "mfg", deductPerUnit: 0 } };
    const errors = errorsOf(input);
    expect(errors["groups.0.items.0.rule.shares.ACHIEVED"]).toEqual([M.share]);
    expect(errors["groups.0.items.1.rule.indicatorCode"]).toEqual([M.code]);
    expect(errors["groups.0.items.1.rule.deductPerUnit"]).toEqual([M.positive]);
    const magic = { ...minimal(), groups: [{ code: "G", name: "g", points: 100, items: [{ code: "I", name: "i", points: 100, rule: { kind: "magic" } }] }] };
    expect(errorsOf(magic)).toEqual({ "groups.0.items.0.rule.kind": [MSG.choice] });
  });

  it("refuses a count rule that names both or neither source", () => {
    const bad = (source: unknown) => ({ ...minimal(), bonus: { cap: 3, items: [{ code: "B", name: "b", points: 3, rule: { kind: "count", perItem: 1, source } }] } });
    expect(errorsOf(bad({ counter: "AWARD" }))).toEqual({});
    expect(errorsOf(bad({ indicatorCode: "GX_BRAND_NEW" }))).toEqual({});
    expect(Object.keys(errorsOf(bad({ counter: "AWARD", indicatorCode: "X" })))).toEqual(["bonus.items.0.rule.source"]);
    expect(Object.keys(errorsOf(bad({})))).toEqual(["bonus.items.0.rule.source"]);
  });

  it("refuses tiers out of order and rank bands that do not end at 1", () => {
    const withRule = (rule: unknown) => ({ ...minimal(), groups: [{ code: "G", name: "g", points: 100, items: [{ code: "I", name: "i", points: 100, rule }] }] });
    expect(errorsOf(withRule({ kind: "tiers", indicatorCode: "A", tiers: [{ atLeast: 0.8, share: 0.4 }, { atLeast: 0.9, share: 0.6 }] }))["groups.0.items.0.rule.tiers"]).toEqual([M.tiersOrder]);
    expect(errorsOf(withRule({ kind: "rank", indicatorCode: "A", bands: [{ upTo: 0.5, share: 1 }] }))["groups.0.items.0.rule.bands"]).toEqual([M.rankBands]);
    expect(errorsOf(withRule({ kind: "rank", indicatorCode: "A", bands: [{ upTo: 1, share: 1 }, { upTo: 0.5, share: 1 }] }))["groups.0.items.0.rule.bands"]).toEqual([M.rankBands]);
  });

  it("refuses grade bands not in falling order or not starting at 0", () => {
    const withGrades = (grades: { code: string; label: string; min: number }[]) => errorsOf({ ...minimal(), grades }).grades;
    expect(withGrades([{ code: "A", label: "优秀", min: 90 }, { code: "B", label: "良好", min: 95 }, { code: "D", label: "不合格", min: 0 }])).toEqual([M.gradeBands]);
    expect(withGrades([{ code: "A", label: "优秀", min: 90 }, { code: "C", label: "合格", min: 60 }])).toEqual([M.gradeLowest]);
    expect(withGrades([{ code: "P", label: "合格", min: 60 }, { code: "F", label: "不合格", min: 0 }])).toBeUndefined();
  });

  it("refuses a code used twice anywhere in the scheme", () => {
    const input = { ...minimal(), vetoes: [{ code: "LEAD", name: "重名" }] };
    expect(errorsOf(input)["vetoes.0.code"]).toEqual([M.duplicateCode]);
  });
});

describe("givenScoreSchema", () => {
  it("reads a score from a form, with an optional reason", () => {
    expect(givenScoreSchema.parse({ points: "１.5", reason: " 会议纪要 " })).toEqual({ points: 1.5, reason: "会议纪要" });
    expect(givenScoreSchema.parse({ points: 2, reason: "" })).toEqual({ points: 2, reason: null });
  });

  it("refuses a missing or negative score", () => {
    expect(givenScoreSchema.safeParse({ points: "" }).success).toBe(false);
    const negative = givenScoreSchema.safeParse({ points: -1 });
    expect(negative.success ? {} : issueCodes(fieldErrorsOf(negative.error))).toEqual({ points: [M.score] });
  });
});

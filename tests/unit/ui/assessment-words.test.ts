// The assessment pages put every rule kind and every explanation in words, in both languages, and
// sort the table the way its headings say.
import { describe, expect, it } from "vitest";
import { explanationWords, percent, points, ruleWords, type Words } from "@/app/(dashboard)/assessment/_components/item-words";
import { sortRows } from "@/app/(dashboard)/assessment/_components/sort";
import type { AssessedRegionScore } from "@/lib/data/assessment/year";
import { schemeItems, scoreAssessment, type RegionInput } from "@/lib/domain/assessment";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";
import { fangchenggangAssessmentScheme } from "@/prisma/seed/assessment-scheme";

const scheme = assessmentSchemeSchema.parse(fangchenggangAssessmentScheme);
const indicators = new Map([["FOOD_SPOT_PASS", { code: "FOOD_SPOT_PASS", name: "食品抽查合格率", nameEn: "Food spot-check pass rate", unit: "%" }]]);
const wordsIn = (locale: "zh-CN" | "en"): Words => ({ t: createTranslator(messagesFor(locale)), locale, indicators });

const region: RegionInput = {
  regionCode: "450681",
  indicators: {
    FOOD_SPOT_PASS: {
      direction: "HIGHER_IS_BETTER",
      yearValue: 93.5,
      lastYearValue: 92,
      target: { area: null, status: "OFF_TRACK", value: 93.5, targetValue: 95, comparator: "GTE", baseline: 90, weight: 1 },
    },
  },
  counters: { QUALITY_AWARDS: 1, RED_CARDS_OPEN: 1 },
  given: { ORG_LEADERSHIP: { points: 2, reason: "材料不全" } },
  vetoes: [],
};
const [score] = scoreAssessment(scheme, [region]);

describe("assessment words", () => {
  it("puts every item's rule and inputs in words in both languages, with no key left untranslated", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const words = wordsIn(locale);
      for (const item of schemeItems(scheme)) {
        const itemScore = score?.items.find((s) => s.code === item.code);
        if (!itemScore) throw new Error(item.code);
        const text = [ruleWords(words, item), ...explanationWords(words, item, itemScore)].join(" ");
        expect(text, `${locale} ${item.code}`).not.toMatch(/assessment\.|status\.|\{\w+\}/);
      }
    }
  });

  it("says how a shortfall was scored, and a given manual score with its reason", () => {
    const words = wordsIn("zh-CN");
    const item = schemeItems(scheme).find((i) => i.code === "SAFETY_FOOD_SPOT")!;
    expect(ruleWords(words, item)).toContain("「食品抽查合格率」达到目标得满分，每差 1% 扣 1 分");
    expect(explanationWords(words, item, score!.items.find((i) => i.code === "SAFETY_FOOD_SPOT")!)).toEqual(["实际 93.5%，目标 ≥95%；差 1.5%，扣 1.5 分。"]);
    const manual = schemeItems(scheme).find((i) => i.code === "ORG_LEADERSHIP")!;
    expect(ruleWords(words, manual)).toBe("由考核部门依据见证材料评分（可评 4 / 2 / 0）。");
    expect(explanationWords(words, manual, score!.items.find((i) => i.code === "ORG_LEADERSHIP")!)).toEqual(["评分 2 分：材料不全"]);
    const red = schemeItems(scheme).find((i) => i.code === "DED_RED_CARD")!;
    expect(explanationWords(wordsIn("en"), red, score!.items.find((i) => i.code === "DED_RED_CARD")!)).toEqual(["1 × 2 points."]);
  });

  it("formats shares and points as the notice prints them", () => {
    expect(percent("zh-CN", 2 / 3)).toBe("66.7%");
    expect(percent("zh-CN", 0.6)).toBe("60%");
    expect(points("en", 7.2857)).toBe("7.29");
    expect(points("en", 4.5)).toBe("4.5");
    expect(points("en", null)).toBe("—");
  });

  it("sorts the table by a column either way, ties in ranking order", () => {
    const row = (code: string, total: number, rank: number, group: number): AssessedRegionScore => {
      const own = { ...score!, regionCode: code, total, rank, groups: [{ code: "SAFETY", points: group, max: 40 }] };
      return { code, name: code, nameEn: null, status: null, score: own, selfScore: own };
    };
    const rows = [row("A", 80, 2, 30), row("B", 90, 1, 30), row("C", 70, 3, 35)];
    expect(sortRows(rows, "total", "desc").map((r) => r.code)).toEqual(["B", "A", "C"]);
    expect(sortRows(rows, "rank", "asc").map((r) => r.code)).toEqual(["B", "A", "C"]);
    expect(sortRows(rows, "g.SAFETY", "desc").map((r) => r.code)).toEqual(["C", "B", "A"]);
    expect(sortRows(rows, "region", "desc").map((r) => r.code)).toEqual(["C", "B", "A"]);
  });
});

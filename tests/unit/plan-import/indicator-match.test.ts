// Suggesting existing indicators for a document's indicator phrase.
import { describe, expect, it } from "vitest";
import { suggestIndicators } from "@/lib/domain/plan-import/indicator-match";
import { comparable, dice, longestCommonSubstring, nameSimilarity } from "@/lib/domain/plan-import/similarity";

const INDICATORS = [
  { id: 1, code: "MFG_PASS", name: "制造业产品质量监督抽查合格率", unit: "%" },
  { id: 2, code: "FOOD_PASS", name: "规模以上食品生产企业食品抽查合格率", unit: "%" },
  { id: 3, code: "GX_BRAND", name: "新增广西名牌", unit: "个" },
  { id: 4, code: "GX_TM", name: "新增广西著名商标", unit: "个" },
  { id: 5, code: "AIR", name: "空气质量优良天数比例", unit: "%" },
  { id: 6, code: "TOUR", name: "旅游总收入", unit: "亿元" },
];

describe("name similarity", () => {
  it("ignores script, width, spaces and punctuation", () => {
    expect(comparable("製造業 產品（質量）")).toBe("制造业产品质量");
    expect(nameSimilarity("製造業產品質量監督抽查合格率", "制造业产品质量监督抽查合格率")).toBe(1);
  });

  it("measures bigram overlap and shared runs", () => {
    expect(dice("合格率", "合格率")).toBe(1);
    expect(dice("合格率", "满意度")).toBe(0);
    expect(longestCommonSubstring("新增广西名牌", "广西名牌产品")).toBe(4);
    expect(nameSimilarity("", "x")).toBe(0);
  });
});

describe("suggestIndicators", () => {
  it("puts the exact indicator first with a full score", () => {
    const [best] = suggestIndicators("制造业产品质量监督抽查合格率", "%", INDICATORS);
    expect(best).toEqual({ id: 1, score: 1 });
  });

  it("finds an indicator from a shorter phrase of the document", () => {
    expect(suggestIndicators("广西名牌", "个", INDICATORS)[0]?.id).toBe(3);
    expect(suggestIndicators("广西著名商标", "个", INDICATORS)[0]?.id).toBe(4);
  });

  it("prefers indicators with the same unit", () => {
    const ranked = suggestIndicators("食品抽查合格率", "%", INDICATORS).map((s) => s.id);
    expect(ranked[0]).toBe(2);
    expect(ranked).not.toContain(6);
  });

  it("suggests nothing for an unrelated phrase, and respects the limit", () => {
    expect(suggestIndicators("重大科技专项", "个", INDICATORS)).toEqual([]);
    expect(suggestIndicators("", "%", INDICATORS)).toEqual([]);
    expect(suggestIndicators("合格率", "%", INDICATORS, 1)).toHaveLength(1);
  });

  it("orders by score, best first", () => {
    const scores = suggestIndicators("产品抽查合格率", "%", INDICATORS).map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

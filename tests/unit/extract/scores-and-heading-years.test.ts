// Rules learnt from unseen documents: an assessment item's points in brackets, a scoring step
// worded "每低于…扣该项分值的10%", a year's assessment rules as an annual plan, and a year right
// after a heading's number carried to the items below it.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";

const summary = (text: string) => extractTargets(text).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year]);

describe("extraction of assessment rules and list headings", () => {
  it("does not take an item's points in brackets, nor a percentage deduction, for targets", () => {
    const text = "清水区2025年度质量工作目标责任考核细则\n\n一、考核指标\n\n食品抽检合格率不低于98%(8分);新增注册计量标准3项以上(4分)。\n\n二、评分办法\n\n每低于目标值1个百分点扣该项分值的10%。";
    expect(summary(text)).toEqual([
      ["食品抽检合格率", ">=", 98, "%", 2025],
      ["注册计量标准", ">=", 3, "项", 2025],
    ]);
  });

  it("carries the year of a numbered heading to the items under it", () => {
    const text = "白石市推进质量提升实施方案\n\n二、2025年主要目标\n\n(一)质量损失率降至1.2%以下。\n\n(二)出口商品检验批次不合格率低于0.5%。";
    expect(summary(text)).toEqual([
      ["质量损失率", "<=", 1.2, "%", 2025],
      ["出口商品检验批次不合格率", "<", 0.5, "%", 2025],
    ]);
  });
});

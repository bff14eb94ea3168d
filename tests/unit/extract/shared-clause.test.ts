// A value stated for several indicators at once ("A和B均达到…") is one target per indicator.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";

const targets = (text: string) => extractTargets(text).map((t) => [t.indicator, t.comparator, t.value]);

describe("shared clauses", () => {
  it("split into one target per indicator, with the same quote", () => {
    const text = "强制检定覆盖率和强制检定合格率均达到95%以上。";
    expect(targets(text)).toEqual([["强制检定覆盖率", ">=", 95], ["强制检定合格率", ">=", 95]]);
    expect(new Set(extractTargets(text).map((t) => t.quote)).size).toBe(1);
    expect(targets("農產品抽檢合格率、食品抽檢合格率及藥品抽檢合格率均不低於98%。").map((t) => t[0])).toEqual(["農產品抽檢合格率", "食品抽檢合格率", "藥品抽檢合格率"]);
  });

  it("stay one target when the parts share one quantity or there is no 均", () => {
    expect(targets("旅游、养老、家政等重点领域顾客满意度均达到80分以上。")).toHaveLength(1);
    expect(targets("产品合格率和满意度达到95%以上。")).toHaveLength(1);
  });

  it("with 分别, give each value its own target", () => {
    expect(extractTargets("主导或参与制定国家标准和行业标准分别达到2项和15项。").map((t) => t.value)).toEqual([2, 15]);
  });
});

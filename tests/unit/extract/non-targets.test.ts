// Annual plans, assessment schemes and reported figures: which numbers are targets, and when.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";
import { annualPlanYear, documentYear } from "@/lib/domain/extract/deadline";

const values = (text: string): number[] => extractTargets(text).map((t) => t.value);

describe("the year of an annual plan", () => {
  it("is read from a title among the first lines, not from a sentence", () => {
    expect(annualPlanYear("临海市2023年质量强市工作要点\n\n各镇人民政府:")).toBe(2023);
    expect(annualPlanYear("关于印发2024年度质量工作计划的通知\n正文")).toBe(2024);
    expect(annualPlanYear("各市人民政府:\n《青海省2014年行动计划实施方案》已经省政府同意,现转发给你们。")).toBeNull();
    expect(annualPlanYear("质量发展规划(2021—2025年)\n正文")).toBeNull();
  });

  it("is the deadline of targets that state none, and a sentence dated earlier reports the past", () => {
    const text = "南山县2023年质量工作要点\n2022年,全县新增名牌产品6个。\n一、目标\n全县食品抽检合格率达到98%以上。到2025年,新增地方标准5项。";
    expect(extractTargets(text).map((t) => [t.value, t.year])).toEqual([[98, 2023], [5, 2025]]);
  });
});

describe("the year a document speaks from", () => {
  it("is an annual plan's year, else the year of its document number; earlier sentences report the past", () => {
    expect(documentYear("平阳市2024年工作要点\n平政发〔2023〕21号")).toBe(2024);
    expect(documentYear("关于推进标准化的实施意见\n平政发〔2024〕21号")).toBe(2024);
    expect(documentYear("关于推进标准化的实施意见\n正文。")).toBeNull();
    const text = "关于推进标准化的实施意见\n平政发〔2024〕21号\n2023年,全市主导制定国家标准4项,抽查合格率达到95.2%。\n到2025年,抽查合格率达到97%以上。";
    expect(extractTargets(text).map((t) => [t.value, t.year])).toEqual([[97, 2025]]);
  });
});

describe("numbers that are not targets", () => {
  it.each([
    "产品质量监督抽查合格率本项满分15分,每低1个百分点扣0.5分,扣完为止。",
    "食品抽检合格率低于95%的,本项不得分。",
    "得分85分以上为优秀,70分至84分为良好,60分以下为不合格。",
    "质量安全事故每发生1起扣3分。",
  ])("a scoring rule: %s", (text) => {
    expect(values(text)).toEqual([]);
  });

  it("a figure reported with a bare 为, but not a goal stated with 为", () => {
    expect(values("2023年全县食品抽检合格率为97.2%,农产品质量安全例行监测合格率为97.6%。")).toEqual([]);
    expect(values("2020年全縣製造業產品質量合格率為92.1%。")).toEqual([]);
    expect(values("到2025年,重点企业首席质量官覆盖率为100%。")).toEqual([100]);
  });

  it("descriptive counts", () => {
    expect(values("全市共有规模以上工业企业860家,其中高新技术企业213家。")).toEqual([]);
    expect(values("考核工作每年开展一次,共设置指标14项。")).toEqual([]);
    expect(values("全市新增企业30家,其中高新技术企业10家。")).toEqual([30, 10]);
  });
});

describe("responsible and assisting units on lines of their own", () => {
  it("both apply to the paragraph before them", () => {
    const [target] = extractTargets("(一)新增团体标准20项以上。\n责任单位:市市场监管局、市经信局\n协助单位:市科技局、市统计局");
    expect(target?.leadDepartments).toEqual(["市市场监管局", "市经信局"]);
    expect(target?.supportDepartments).toEqual(["市科技局", "市统计局"]);
  });
});

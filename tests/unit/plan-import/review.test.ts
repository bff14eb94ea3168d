// Review candidates: comparators, areas, departments, indicator suggestions and new-indicator defaults.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";
import { areaAt, areaFromHeading, findHeadings } from "@/lib/domain/plan-import/area";
import { AUTO_MATCH_SCORE, newIndicatorDefaults, prepareCandidates } from "@/lib/domain/plan-import/review";

const TEXT = [
  "三、重点工作",
  "(一)实施质量提升工程。",
  "1.提升产品质量。到2020年,全市制造业产品质量监督抽查合格率稳定在93%以上。(牵头单位:市质监局;配合单位:市工信委、市财政局)",
  "(二)实施品牌建设工程。",
  "到2020年,全市新增广西名牌30个以上,PM2.5年均浓度控制在35微克/立方米以内。",
].join("\n");

const INDICATORS = [
  { id: 10, code: "MFG", name: "制造业产品质量监督抽查合格率", unit: "%" },
  { id: 11, code: "BRAND", name: "广西名牌数", unit: "个" },
];
const DEPARTMENTS = [
  { id: 1, code: "SCJ", name: "市场监督管理局", shortName: "市场监管" },
  { id: 2, code: "GX", name: "工业和信息化局", shortName: "工信" },
];

describe("areas from headings", () => {
  it("strips numbering, verbs and 工程", () => {
    expect(areaFromHeading("(二)实施品牌建设工程。")).toBe("品牌建设");
    expect(areaFromHeading("1.提升产品质量。强化产品质量管理,着力推广")).toBe("产品质量");
    expect(areaFromHeading("4.打造一批知名品牌。到2020年")).toBe("知名品牌");
    expect(areaFromHeading("(一)这是一个特别特别长而无法作为任务领域名称的标题")).toBeNull();
  });

  it("uses the innermost heading above a position", () => {
    const headings = findHeadings(TEXT);
    expect(areaAt(headings, TEXT.indexOf("93%"))).toBe("产品质量");
    expect(areaAt(headings, TEXT.indexOf("30个"))).toBe("品牌建设");
    expect(areaAt(headings, 0)).toBe("重点");
  });
});

describe("prepareCandidates", () => {
  const candidates = prepareCandidates(TEXT, extractTargets(TEXT), { indicators: INDICATORS, departments: DEPARTMENTS });

  it("keeps the extractor's quote, value and year, with the model's comparator", () => {
    expect(candidates.map((c) => [c.value, c.unit, c.comparator, c.year])).toEqual([
      [93, "%", "GTE", 2020],
      [30, "个", "GTE", 2020],
      [35, "微克/立方米", "LTE", 2020],
    ]);
    for (const c of candidates) expect(TEXT.slice(c.start, c.end)).toBe(c.quote);
  });

  it("maps departments and lists the ones it cannot place", () => {
    const [first] = candidates;
    expect(first?.leadDepartmentId).toBe(1);
    expect(first?.supportDepartmentIds).toEqual([2]);
    expect(first?.unmatchedDepartments).toEqual(["市财政局"]);
  });

  it("maps a close indicator and only suggests a weak one", () => {
    expect(candidates[0]?.indicatorId).toBe(10);
    expect(candidates[1]?.suggestions[0]?.id).toBe(11);
    expect(candidates[2]?.indicatorId).toBeNull();
    expect(candidates.every((c) => c.indicatorId === null || (c.suggestions[0]?.score ?? 0) >= AUTO_MATCH_SCORE)).toBe(true);
  });
});

describe("newIndicatorDefaults", () => {
  it("derives kind, direction and decimals", () => {
    expect(newIndicatorDefaults({ indicator: "合格率", unit: "%", measure: "LEVEL", comparator: ">=", value: 95 })).toEqual({
      name: "合格率",
      unit: "%",
      kind: "RATE",
      direction: "HIGHER_IS_BETTER",
      decimals: 1,
    });
    expect(newIndicatorDefaults({ indicator: "新增名牌", unit: "个", measure: "CUMULATIVE", comparator: ">=", value: 30 })).toMatchObject({ kind: "FLOW", decimals: 0 });
    expect(newIndicatorDefaults({ indicator: "示范区", unit: "个", measure: "LEVEL", comparator: ">=", value: 3 })).toMatchObject({ kind: "STOCK" });
    expect(newIndicatorDefaults({ indicator: "PM2.5浓度", unit: "微克/立方米", measure: "LEVEL", comparator: "<=", value: 35.5 })).toMatchObject({
      direction: "LOWER_IS_BETTER",
      decimals: 1,
    });
  });
});

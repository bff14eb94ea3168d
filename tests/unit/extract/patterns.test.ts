// Target patterns on small invented sentences.
import { describe, expect, it } from "vitest";
import { extractTargets, type ExtractedTarget } from "@/lib/domain/extract";

function only(text: string): ExtractedTarget {
  const found = extractTargets(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [target] = found;
  if (target === undefined) throw new Error("no target");
  return target;
}

describe("comparators", () => {
  it.each([
    ["产品抽查合格率达到96%以上。", ">=", 96],
    ["产品抽查合格率达96%以上。", ">=", 96],
    ["产品抽查合格率不低于96%。", ">=", 96],
    ["产品抽查合格率96%以上。", ">=", 96],
    ["产品抽查合格率达到96%。", ">=", 96],
    ["投诉处理时限不超过7天。", "<=", 7],
    ["不合格率控制在3%以内。", "<=", 3],
    ["不合格率控制在3%。", "<=", 3],
    ["不合格率3%以下。", "<=", 3],
    ["不合格率低于3%。", "<", 3],
    ["企业整改率达到100%。", "=", 100],
  ])("%s → %s %d", (text, comparator, value) => {
    const t = only(text);
    expect(t.comparator).toBe(comparator);
    expect(t.value).toBe(value);
  });

  it("reads 稳定在…以上 as a maintained >= target", () => {
    const t = only("全县食品抽检合格率稳定在97%以上。");
    expect(t).toMatchObject({ comparator: ">=", value: 97, unit: "%", isMaintain: true, scope: "全县" });
    expect(t.indicator).toBe("食品抽检合格率");
  });

  it("treats 实现全覆盖 as 100 %", () => {
    const t = only("新建小区智能水表安装实现全覆盖。");
    expect(t).toMatchObject({ comparator: "=", value: 100, unit: "%", indicator: "新建小区智能水表安装" });
  });
});

describe("measures and flags", () => {
  it("marks 力争 and 争取 as aspirational", () => {
    expect(only("力争服务业满意度达到85%以上。").aspirational).toBe(true);
    expect(only("争取创建省级示范区2个。").aspirational).toBe(true);
    expect(only("服务业满意度达到85%以上。").aspirational).toBe(false);
  });

  it("reads 累计 and 新增 as cumulative, 每年 as annual", () => {
    expect(only("累计培育省级名牌产品12个。").measure).toBe("CUMULATIVE");
    expect(only("新增绿色食品认证8个。").measure).toBe("CUMULATIVE");
    expect(only("每年制定地方标准5项以上。").measure).toBe("ANNUAL");
    expect(only("食品抽检合格率达到98%。").measure).toBe("LEVEL");
  });

  it("carries 每年 and a region scope over to later targets of the sentence", () => {
    const [a, b] = extractTargets("全区每年培育示范企业6家、示范农场4个。");
    expect(a).toMatchObject({ value: 6, unit: "家", measure: "ANNUAL", scope: "全区", indicator: "示范企业" });
    expect(b).toMatchObject({ value: 4, unit: "个", measure: "ANNUAL", scope: "全区", indicator: "示范农场" });
  });
});

describe("ranges and units", () => {
  it.each([
    ["每年新增2-3个省级优质工程。", 2, 3, "个"],
    ["培育1-2家国家级龙头企业。", 1, 2, "家"],
    ["建成2至3座污水处理厂。", 2, 3, "座"],
    ["比重提高1%至2%。", 1, 2, "%"],
  ])("%s", (text, value, valueMax, unit) => {
    expect(only(text)).toMatchObject({ value, valueMax, unit, comparator: ">=" });
  });

  it.each([
    ["制定地方标准12项。", 12, "项"],
    ["新增驰名商标3件。", 3, "件"],
    ["培育市名牌8只。", 8, "只"],
    ["旅游总收入达到12.5亿元。", 12.5, "亿元"],
    ["接待游客300万人次以上。", 300, "万人次"],
    ["新增绿色食品基地2万亩。", 2, "万亩"],
    ["人均旅游消费达到800元。", 800, "元"],
    ["空气质量优良天数达到300天以上。", 300, "天"],
    ["培训质量管理人员500人。", 500, "人"],
    ["新建标准化学校3所。", 3, "所"],
    ["合格率提高2个百分点。", 2, "百分点"],
    ["新增小微企业30余家。", 30, "家"],
    ["新增市场主体1.5万户。", 1.5, "万户"],
  ])("%s → %d %s", (text, value, unit) => {
    expect(only(text)).toMatchObject({ value, unit });
  });

  it("reads an index value without a unit, and scores in 分", () => {
    expect(only("制造业质量竞争力指数达到86以上。")).toMatchObject({ value: 86, unit: "", indicator: "制造业质量竞争力指数" });
    expect(only("公共服务质量满意度达到80分以上。")).toMatchObject({ value: 80, unit: "分", comparator: ">=" });
  });

  it("reads annual growth rates as annual targets", () => {
    expect(only("旅游接待人次年均增长10%以上。")).toMatchObject({ value: 10, measure: "ANNUAL", indicator: "旅游接待人次" });
  });

  it("reads Chinese numerals after a counting verb", () => {
    expect(only("新增三个省级标准化示范区。")).toMatchObject({ value: 3, unit: "个", indicator: "省级标准化示范区" });
  });
});

describe("numbers that are not targets", () => {
  it.each([
    "2017年5月27日市政府第10次常务会审议通过。",
    "根据《通知》(示政发〔2017〕14号)精神。",
    "“十二五”期间,我市质量工作取得明显成效。",
    "1.提升产品质量。",
    "目前全市已有省名牌产品35个。",
    "现有检验检测机构12家。",
    "2016年全市产品抽查合格率比上年提高2个百分点。",
    "围绕两个建成目标,推动一千家企业导入先进质量管理方法。",
    "创建国家5A级景区,建设一个公共检测服务平台。",
    "根据《关于同意济南市等34个城市创建示范城市的函》的要求。",
  ])("%s", (text) => {
    expect(extractTargets(text)).toEqual([]);
  });
});

describe("splitting and indicators", () => {
  it("treats a value that qualifies the next one as part of its subject", () => {
    expect(only("培育年产值10亿元以上企业5家。")).toMatchObject({ value: 5, unit: "家", indicator: "年产值10亿元以上企业" });
  });

  it("splits a sentence that lists several targets, each with its own indicator", () => {
    const text = "到2025年,全市工业产品抽查合格率达到95%;食品抽检合格率达97%以上;药品抽验合格率不低于99%。";
    const found = extractTargets(text);
    expect(found.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ["工业产品抽查合格率", ">=", 95],
      ["食品抽检合格率", ">=", 97],
      ["药品抽验合格率", ">=", 99],
    ]);
    expect(found.every((t) => t.year === 2025)).toBe(true);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.quote);
  });

  it("trims connectors (其中, 和) from indicators and reads indicators after counting verbs", () => {
    const found = extractTargets("名牌产品达到50个,其中省名牌产品达到20个和国家级名牌2个,建成5个质检中心。");
    expect(found.map((t) => t.indicator)).toEqual(["名牌产品", "省名牌产品", "国家级名牌", "质检中心"]);
  });

  it("reads scopes such as 每个县(市、区) and 规模以上企业", () => {
    expect(only("每个县(市、区)创建1个以上现代农业示范区。").scope).toBe("每个县(市、区)");
    expect(only("规模以上企业采标率达到80%以上。").scope).toBe("规模以上企业");
  });
});

describe("script and width variants", () => {
  it("understands traditional script and reports the original text", () => {
    const text = "到2020年,全省產品質量監督抽查合格率達到95%以上,新增名牌產品30個,累計認定標準化項目5項。";
    const found = extractTargets(text);
    expect(found.map((t) => [t.indicator, t.value, t.unit, t.year])).toEqual([
      ["產品質量監督抽查合格率", 95, "%", 2020],
      ["名牌產品", 30, "个", 2020],
      ["標準化項目", 5, "项", 2020],
    ]);
    expect(found[0]?.quote).toBe("全省產品質量監督抽查合格率達到95%以上");
  });

  it("understands full-width digits and punctuation and keeps original offsets", () => {
    const text = "到２０２０年，食品抽检合格率达到９７．５％以上；新增省级名牌１０个。";
    const found = extractTargets(text);
    expect(found.map((t) => [t.value, t.unit, t.year])).toEqual([
      [97.5, "%", 2020],
      [10, "个", 2020],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.quote);
    expect(found[0]?.quote).toBe("食品抽检合格率达到９７．５％以上");
  });
});

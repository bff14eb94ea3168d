// Deadline year: from the sentence, else the nearest preceding phrase of the paragraph, else
// the section heading or lead-in; null when the document leaves the year blank.
import { describe, expect, it } from "vitest";
import { extractTargets } from "@/lib/domain/extract";

const years = (text: string): Array<number | null> => extractTargets(text).map((t) => t.year);

describe("deadline year", () => {
  it.each([
    ["到2020年,食品抽检合格率达到98%。", 2020],
    ["2015年底前,新增地方标准5项。", 2015],
    ["到2020年末,新增地方标准5项。", 2020],
    ["2012年培育省名牌产品60项。", 2012],
    ["到“十三五”期末,名牌产品达到50个。", 2020],
  ])("%s → %d", (text, year) => {
    expect(years(text)).toEqual([year]);
  });

  it("takes the nearest preceding phrase of the paragraph", () => {
    expect(years("2012年培育名牌产品60项、服务名牌40项。到2015年,省名牌产品达到1000项。")).toEqual([2012, 2012, 2015]);
  });

  it("is null without a deadline, or when the year is left blank (到年)", () => {
    expect(years("每年制定地方标准50项以上。")).toEqual([null]);
    expect(years("到年,实施8个以上重大科技专项。")).toEqual([null]);
  });

  it("does not read start years, periods or dates as deadlines", () => {
    expect(years("从2012年起,每年培育示范企业10家。")).toEqual([null]);
    expect(years("依据《规划(2011年—2020年)》,新增示范区3个。")).toEqual([null]);
    expect(years("2017年5月27日会议决定新增示范区3个。")).toEqual([null]);
  });

  it("inherits the year of a section heading or lead-in paragraph until the next section", () => {
    const text = [
      "一、到2020年的主要目标",
      "到2020年,实现如下具体目标:",
      "(一)产品质量",
      "产品抽查合格率达到95%以上。",
      "(二)品牌建设",
      "新增省名牌产品30个。",
      "二、重点工作",
      "建设质检中心2个。",
    ].join("\n");
    expect(years(text)).toEqual([2020, 2020, null]);
  });

  it("inherits the deadline of a section's opening paragraph", () => {
    const text = ["一、主要目标", "到2025年,全县质量总体水平显著提高。", "(一)产品质量。产品抽查合格率稳定在94%以上。", "二、重点任务", "新增示范区2个。"].join("\n");
    expect(years(text)).toEqual([2025, null]);
    const titled = ["(二)主要目标。到2025年,质量整体水平全面提升。", "——制造业质量竞争力指数达到89。"].join("\n");
    expect(years(titled)).toEqual([2025]);
  });

  it("keeps a blank year from the lead-in instead of looking further", () => {
    const text = ["二、工作目标", "到年,全县质量水平明显提升。具体目标是:", "(一)产品质量", "抽查合格率达到95%以上。"].join("\n");
    expect(years(text)).toEqual([null]);
  });

  it("uses a later phrase of the same sentence only when nothing precedes", () => {
    expect(years("新增示范区3个,力争到2018年完成。")).toEqual([2018]);
    expect(years("新增示范区3个。到2018年,新增名牌5个。")).toEqual([null, 2018]);
  });
});

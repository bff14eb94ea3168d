// Cleaning the lines of a PDF: running headers, footers and page numbers removed, broken lines joined.
import { describe, expect, it } from "vitest";
import { isPageNumber, joinPdfPages, normaliseGlyphs, startsItem } from "@/lib/files/pdf-lines";

const FULL_A = "为深入实施质量强国战略，加快建设质量强市，推动全市经济";
const FULL_B = "高质量发展，结合我市实际，制定本工作要点。各县（市、区）";

describe("isPageNumber", () => {
  it("recognises the usual page-number forms and nothing else", () => {
    for (const line of ["3", "- 3 -", "— 12 —", "第3页", "第 3 页 共 12 页", "3/12", "Page 3 of 12"]) {
      expect(isPageNumber(line), line).toBe(true);
    }
    for (const line of ["2025年", "3.5%", "一、主要目标", "新增10个"]) expect(isPageNumber(line), line).toBe(false);
  });
});

describe("startsItem", () => {
  it("knows numbered items and headings, but not a number inside a sentence", () => {
    for (const line of ["一、主要目标", "（一）提升产品质量", "(2)加强监管", "1.新增名牌", "3、强化", "第五条 考核", "①抽检"]) {
      expect(startsItem(line), line).toBe(true);
    }
    for (const line of ["1.5%以上。", "2025年达到95%", "到80分以上。"]) expect(startsItem(line), line).toBe(false);
  });
});

describe("normaliseGlyphs", () => {
  it("maps radical look-alikes and the horizontal bar to the ordinary characters", () => {
    expect(normaliseGlyphs("⼈⺠政府各部⻔⼯作 95%―98%")).toBe("人民政府各部门工作 95%—98%");
  });
});

describe("joinPdfPages", () => {
  it("drops running headers, footers and page numbers, and joins a sentence broken across a page", () => {
    const pages = [
      ["东湖市人民政府办公室文件", "东湖市2024年工作要点", FULL_A, FULL_B, "- 1 -"],
      ["东湖市人民政府办公室文件", "人民政府要切实提高思想认识。", "一、主要目标", "第2页"],
      ["东湖市人民政府办公室文件", "合格率达到95%。", "3/3"],
    ];
    expect(joinPdfPages(pages)).toBe(
      ["东湖市2024年工作要点", `${FULL_A}${FULL_B}人民政府要切实提高思想认识。`, "一、主要目标", "合格率达到95%。"].join("\n"),
    );
  });

  it("keeps short lines (titles, headings) and lines ending a sentence or clause on their own", () => {
    const pages = [[FULL_A, "推动发展：", FULL_B.replace("。", "，"), "1.新增名牌产品10个", "责任单位：市市场监管局"]];
    expect(joinPdfPages(pages).split("\n")).toEqual([
      `${FULL_A}推动发展：`,
      FULL_B.replace("。", "，"),
      "1.新增名牌产品10个",
      "责任单位：市市场监管局",
    ]);
  });

  it("keeps a line that repeats on only one page of many", () => {
    const pages = [["专栏一", "合格率达到95%。"], ["合格率达到96%。"], ["合格率达到97%。"]];
    expect(joinPdfPages(pages)).toBe("专栏一\n合格率达到95%。\n合格率达到96%。\n合格率达到97%。");
  });
});

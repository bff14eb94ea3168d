// Reading a plan's title, 文号, issuer and dates from the opening of a policy document.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { guessPlanMeta, guessRegionId, parseChineseDate } from "@/lib/domain/plan-import/plan-meta";

const read = (file: string) => fs.readFileSync(path.join(import.meta.dirname, "../../../prisma/seed/documents", file), "utf8");

describe("parseChineseDate", () => {
  it("reads Arabic and Chinese dates", () => {
    expect(parseChineseDate("2017年6月13日")).toBe("2017-06-13");
    expect(parseChineseDate("二〇一二年三月二十七日")).toBe("2012-03-27");
    expect(parseChineseDate("2017年2月30日")).toBeNull();
    expect(parseChineseDate("2017年6月")).toBeNull();
  });
});

describe("guessPlanMeta", () => {
  it("reads the 防城港 decision: forwarding title, 文号, issuer and date", () => {
    const meta = guessPlanMeta(read("fangchenggang-2017-14.txt"), [2020, 2020, null, 2025]);
    expect(meta).toEqual({
      title: "防城港市人民政府关于印发《关于实施质量强市战略的决定》的通知",
      docNumber: "防政发〔2017〕14号",
      issuer: "防城港市人民政府",
      issueDate: "2017-06-13",
      periodStart: "2017-06-13",
      deadline: "2025-12-31",
    });
  });

  it("reads the Hebei notice with a Chinese-numeral date", () => {
    const meta = guessPlanMeta(read("hebei-2012-28.txt"), [2015]);
    expect(meta).toMatchObject({
      title: "关于印发河北省深入推进质量兴省和名牌战略实施方案的通知",
      docNumber: "冀政办函〔2012〕28号",
      issuer: "河北省人民政府办公厅",
      deadline: "2015-12-31",
    });
    expect(meta.issueDate).toMatch(/^2012-03-/);
  });

  it("does not mistake a cited document's number for the plan's own", () => {
    expect(guessPlanMeta(read("panan-quality-county.txt")).docNumber).toBeNull();
    expect(guessPlanMeta(read("qinghai-2014-action-plan.txt")).docNumber).toBeNull();
  });

  it("skips web-page furniture when looking for the title", () => {
    expect(guessPlanMeta(read("city-product-quality-opinion.txt")).title).toBe("加强产品质量建设意见");
    expect(guessPlanMeta(read("qinghai-2014-action-plan.txt")).title).toBe("青海省贯彻质量发展纲要2014年行动计划实施方案");
  });

  it("returns nulls for text without metadata", () => {
    expect(guessPlanMeta("产品合格率达到95%以上。")).toMatchObject({ docNumber: null, issueDate: null, deadline: null });
  });
});

describe("guessRegionId", () => {
  const regions = [
    { id: 1, name: "防城港市" },
    { id: 2, name: "东兴市" },
    { id: 3, name: "河北省" },
  ];
  it("takes the longest region name in the issuer or title", () => {
    expect(guessRegionId({ issuer: "防城港市人民政府", title: null }, regions)).toBe(1);
    expect(guessRegionId({ issuer: null, title: "关于印发河北省…的通知" }, regions)).toBe(3);
    expect(guessRegionId({ issuer: null, title: "构建质量强县的通知" }, regions)).toBeNull();
  });
});

import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { buildFigureTemplate, type TemplateLabels } from "@/lib/export/figure-template";
import { parseImportRows } from "@/lib/domain/figure-import/parse-rows";
import { MAX_UPLOAD_BYTES, decodeText, readTable } from "@/lib/files/read-table";

const CSV = "指标代码,地区代码,报告期,分子,分母,数值,说明\nMFG_SPOT_PASS,450602,2020Q3,95,100,,抽查正常\nGX_BRAND_NEW,450602,2020Q3,,,2,\n";
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 with and without BOM, and GBK", () => {
    expect(decodeText(utf8(CSV))).toMatchObject({ text: CSV, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]))).toMatchObject({ text: CSV, encoding: "utf-8-bom" });
    expect(decodeText(new Uint8Array(iconv.encode(CSV, "gbk")))).toMatchObject({ text: CSV, encoding: "gb18030" });
  });
});

describe("readTable", () => {
  it.each([
    ["UTF-8", utf8(CSV)],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)])],
    ["GBK", new Uint8Array(iconv.encode(CSV, "gbk"))],
  ])("reads a CSV in %s with Chinese headers", async (_, bytes) => {
    const result = await readTable("figures.csv", bytes);
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows[0]?.cells).toEqual(["指标代码", "地区代码", "报告期", "分子", "分母", "数值", "说明"]);
    expect(result.rows[1]).toEqual({ line: 2, cells: ["MFG_SPOT_PASS", "450602", "2020Q3", "95", "100", "", "抽查正常"] });
  });

  it("keeps Excel's line numbers across blank lines and quoted line breaks", async () => {
    const result = await readTable("f.csv", utf8('指标代码,地区代码,数值,说明\n\nA,450602,1,"两行\n说明"\nB,450603,2,\n'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.rows.map((r) => [r.line, r.cells[0]])).toEqual([[1, "指标代码"], [2, ""], [3, "A"], [5, "B"]]);
  });

  it("reads tab-separated text", async () => {
    const result = await readTable("f.txt", utf8("指标代码\t地区代码\t数值\nA\t450602\t1\n"));
    expect(result.ok && result.rows[1]?.cells).toEqual(["A", "450602", "1"]);
  });

  it("refuses other file types, old .xls, disguised files, empty and oversized files", async () => {
    expect(await readTable("figures.pdf", utf8("%PDF"))).toEqual({ ok: false, reason: "badFileType" });
    expect(await readTable("figures.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toEqual({ ok: false, reason: "oldExcel" });
    expect(await readTable("figures.xlsx", utf8("a,b,c"))).toEqual({ ok: false, reason: "badFileType" });
    expect(await readTable("figures.csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toEqual({ ok: false, reason: "badFileType" });
    expect(await readTable("figures.csv", new Uint8Array())).toEqual({ ok: false, reason: "emptyFile" });
    expect(await readTable("figures.csv", new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("refuses a broken XLSX", async () => {
    expect(await readTable("figures.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toEqual({ ok: false, reason: "unreadable" });
  });

  it("reads back a filled-in template", async () => {
    const labels: TemplateLabels = {
      sheet: "填报",
      helpSheet: "填写说明",
      headers: {
        indicator: "指标代码", indicatorName: "指标名称", region: "地区代码", regionName: "地区名称", period: "报告期", unit: "单位",
        kind: "类型", previous: "上季度值", target: "目标", numerator: "分子", denominator: "分母", value: "数值", note: "说明", version: "版本",
      },
      help: ["填写说明"],
    };
    const template = await buildFigureTemplate("2020Q3", [
      { indicatorCode: "MFG_SPOT_PASS", indicatorName: "制造业产品质量监督抽查合格率", regionCode: "450602", regionName: "港口区", unit: "%", kind: "RATE", kindLabel: "比率", decimals: 1, previous: 95.24, target: "≥ 95", version: 0, isLocked: false },
      { indicatorCode: "GX_BRAND_NEW", indicatorName: "新增广西名牌", regionCode: "450602", regionName: "港口区", unit: "个", kind: "FLOW", kindLabel: "流量", decimals: 0, previous: null, target: "", version: 3, isLocked: false },
    ], labels);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("填报");
    if (!sheet) throw new Error("sheet missing");
    sheet.getCell("J2").value = 250;
    sheet.getCell("K2").value = 260;
    sheet.getCell("L3").value = { formula: "1+1", result: 2 };
    sheet.getCell("M3").value = "自治区公布名单";
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());

    const table = await readTable("模板.xlsx", filled);
    if (!table.ok) throw new Error(table.reason);
    const parsed = parseImportRows(table.rows);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, indicator: "MFG_SPOT_PASS", region: "450602", period: { year: 2020, quarter: 3 }, value: null, numerator: 250, denominator: 260, note: "", version: 0 },
      { row: 3, indicator: "GX_BRAND_NEW", region: "450602", period: { year: 2020, quarter: 3 }, value: 2, numerator: null, denominator: null, note: "自治区公布名单", version: 3 },
    ]);
  });
});

describe("parseImportRows", () => {
  const table = (lines: string[][]) => lines.map((cells, i) => ({ line: i + 1, cells }));

  it("accepts English headers in any order and skips rows with nothing entered", () => {
    const parsed = parseImportRows(table([["Note", "Value", "Region", "Indicator"], ["", "3", "450602", "GX_BRAND_NEW"], ["", "", "450603", "GX_BRAND_NEW"]]));
    expect(parsed.issues).toEqual([]);
    expect(parsed.skipped).toBe(1);
    expect(parsed.rows).toMatchObject([{ row: 2, indicator: "GX_BRAND_NEW", region: "450602", value: 3, period: null, version: null }]);
  });

  it("finds the header below a title row and tolerates decorated headers", () => {
    const parsed = parseImportRows(table([["2020年第三季度数据"], ["*指标代码", "地区代码（必填）", "数值"], ["A", "450602", "1,200"]]));
    expect(parsed.rows).toMatchObject([{ row: 3, value: 1200 }]);
  });

  it("reports missing columns and bad cells with row and column", () => {
    expect(parseImportRows(table([["名称", "数值"], ["x", "1"]])).issues).toEqual([{ row: 0, column: "indicator", code: "missingColumn" }]);
    expect(parseImportRows(table([["指标代码", "地区代码"], ["A", "1"]])).issues).toEqual([{ row: 1, column: "value", code: "missingValueColumns" }]);
    const parsed = parseImportRows(table([["指标代码", "地区代码", "报告期", "数值"], ["A", "450602", "2020Q3", "12个"], ["", "450602", "2020年", "1"]]));
    expect(parsed.issues).toEqual([
      { row: 2, column: "value", code: "notANumber", params: { text: "12个" } },
      { row: 3, column: "indicator", code: "required" },
      { row: 3, column: "period", code: "badPeriod" },
    ]);
  });
});

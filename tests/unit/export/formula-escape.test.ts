// Formula injection: every CSV and XLSX writer escapes text that a spreadsheet would read as a formula,
// and leaves numbers (negative ones too) as numbers.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";
import { buildFigureTemplate } from "@/lib/export/figure-template";
import { escapeCellText } from "@/lib/export/formula-escape";
import { toXlsx } from "@/lib/export/xlsx";

const HOSTILE = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"];

async function cellsOf(xlsx: Buffer, sheetIndex = 0): Promise<ExcelJS.CellValue[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const cells: ExcelJS.CellValue[] = [];
  workbook.worksheets[sheetIndex]?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
  return cells;
}

describe("escapeCellText", () => {
  it.each(HOSTILE)("puts a quote in front of %j", (text) => {
    expect(escapeCellText(text)).toBe(`'${text}`);
  });

  it("leaves ordinary text, empty text, numbers and nulls alone", () => {
    for (const value of ["港口区", "a=b", " =1", "", "'=1", "—", "≥ 95"]) expect(escapeCellText(value)).toBe(value);
    expect(escapeCellText(-12.5)).toBe(-12.5);
    expect(escapeCellText(0)).toBe(0);
    expect(escapeCellText(null)).toBeNull();
  });
});

describe("CSV export", () => {
  it("escapes formula text and keeps negative numbers as numbers", () => {
    const csv = toCsv([["=1+1", -3, "-3", "@x", "ok"]]);
    expect(csv).toBe("\uFEFF'=1+1,-3,'-3,'@x,ok\r\n");
  });

  it("escapes a quoted cell too", () => {
    expect(toCsv([["=A1,B1"]])).toBe("\uFEFF\"'=A1,B1\"\r\n");
  });
});

describe("XLSX exports", () => {
  it("escape text cells and keep numbers in the one-sheet table", async () => {
    const cells = await cellsOf(await toXlsx("表", ["名称", "数值"], HOSTILE.map((text, i) => [text, -i - 1])));
    // XML reads a carriage return back as a line feed; the quote in front is what matters.
    expect(cells).toEqual(["名称", "数值", ...HOSTILE.flatMap((text, i) => [`'${text}`.replace(/\r/g, "\n"), -i - 1])]);
  });

  it("escape names in the figure template", async () => {
    const template = await buildFigureTemplate("2020Q3", [
      { indicatorCode: "X", indicatorName: "=cmd|' /C calc'!A0", regionCode: "450602", regionName: "@港口区", unit: "%", kind: "RATE", kindLabel: "比率", decimals: 1, previous: -1.5, target: "-5", version: 0, isLocked: false },
    ], {
      sheet: "填报", helpSheet: "说明",
      headers: { indicator: "a", indicatorName: "b", region: "c", regionName: "d", period: "e", unit: "f", kind: "g", previous: "h", target: "i", numerator: "j", denominator: "k", value: "l", note: "m", version: "n" },
      help: ["+ 不是公式"],
    });
    const cells = await cellsOf(template);
    expect(cells).toEqual(expect.arrayContaining(["'=cmd|' /C calc'!A0", "'@港口区", -1.5, "'-5"]));
    expect(await cellsOf(template, 1)).toEqual(["'+ 不是公式"]);
  });
});

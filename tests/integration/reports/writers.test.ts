// The XLSX and DOCX writers, read back: the workbook holds the report's numbers and the document its
// targets and the departments' explanations.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getSummaryReport, type SummaryReport } from "@/lib/data/reports/summary";
import { writeReportDocx } from "@/lib/export/report-docx";
import { reportFileName, type ReportText } from "@/lib/export/report-text";
import { writeReportXlsx } from "@/lib/export/report-xlsx";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";
import { REPORT_SECTIONS } from "@/lib/validations/reports";
import { userNamed } from "./helpers";

const zh: ReportText = { t: createTranslator(messagesFor("zh-CN")), locale: "zh-CN" };
const en: ReportText = { t: createTranslator(messagesFor("en")), locale: "en" };
let report: SummaryReport;

beforeAll(async () => {
  const result = await getSummaryReport(await userNamed("leader"), "450600", { kind: "YEAR", year: 2020 });
  if (!result.ok) throw new Error(result.code);
  report = result.report;
});

function rowsOf(sheet: ExcelJS.Worksheet | undefined): ExcelJS.CellValue[][] {
  if (!sheet) throw new Error("missing sheet");
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

/** word/document.xml of a .docx (a zip archive) as text, paragraphs on their own lines. */
function documentText(docx: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "report-docx-")), "report.docx");
  fs.writeFileSync(file, docx);
  const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"');
}

describe("report XLSX", () => {
  it("has Chinese sheet names, a frozen header and the report's own values, unrounded", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writeReportXlsx(zh, report, REPORT_SECTIONS) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["概况", "目标进展", "滞后目标及说明", "下级地区", "红黄牌", "报送情况", "填报数据"]);
    const sheet = workbook.getWorksheet("目标进展");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const [header, ...rows] = rowsOf(sheet);
    expect(header?.slice(0, 4)).toEqual(["地区", "区划代码", "领域", "指标"]);
    const expected = [...report.targets, ...report.subregionTargets];
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const r = expected[i];
      expect([row[1], row[4], row[6] ?? null, row[8], row[10] ?? null, row[11] ?? null, row[12] ?? null, row[13] ?? null, row[14]]).toEqual([
        r?.region.code, r?.indicator.code, r?.baselineValue, r?.targetValue, r?.latest?.value ?? null, r?.latest?.period ?? null, r?.progress, r?.expected, zh.t(`status.${r?.status}`),
      ]);
    });
    // Percentages of progress display as percentages; rates with their indicator's decimals.
    expect(sheet?.getRow(2).getCell(13).numFmt).toBe("0.0%");
    const rateRow = rows.findIndex((_, i) => expected[i]?.indicator.kind === "RATE");
    expect(sheet?.getRow(rateRow + 2).getCell(11).numFmt).toBe("0.0");
  });

  it("summarises the headline figures and carries the figures and explanations", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writeReportXlsx(zh, report, REPORT_SECTIONS) as unknown as ExcelJS.Buffer);
    const summary = rowsOf(workbook.getWorksheet("概况"));
    expect(summary[0]?.[0]).toBe("防城港市质量强市目标进展情况报告");
    const byLabel = new Map(summary.map((r) => [r[0], r.slice(1)]));
    expect(byLabel.get("本级目标")?.slice(0, 2)).toEqual([report.headline.own.total, report.headline.previous.own.total]);
    expect(byLabel.get("本级目标 · 得分")?.[0]).toBe(report.headline.own.score);
    expect(byLabel.get("本级目标 · 进度滞后")?.slice(0, 2)).toEqual([report.headline.own.counts.OFF_TRACK, report.headline.previous.own.counts.OFF_TRACK]);
    expect(byLabel.get("演示数据")).toBeDefined();
    const figures = rowsOf(workbook.getWorksheet("填报数据"));
    expect(figures.length - 1).toBe(report.figures.length);
    const problems = rowsOf(workbook.getWorksheet("滞后目标及说明"));
    expect(problems.length - 1).toBe(report.problems.length);
    expect(problems.map((r) => String(r[11] ?? "")).join("\n")).toContain("小微企业");
    const subregions = rowsOf(workbook.getWorksheet("下级地区"));
    expect(subregions.slice(1).map((r) => [r[2], r[11]])).toEqual(report.subregions.map((s) => [s.code, s.card ? zh.t(`cards.${s.card.color}`) : undefined]));
  });

  it("lists the cards issued in the region's subtree with their reasons and rectification", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writeReportXlsx(zh, report, REPORT_SECTIONS) as unknown as ExcelJS.Buffer);
    const [header, ...rows] = rowsOf(workbook.getWorksheet("红黄牌"));
    expect(header).toEqual(["地区", "区划代码", "警示", "原因", "发出时间", "状态", "整改任务", "已完成", "未完成", "已逾期"]);
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[1])).toEqual(report.warnings.map((w) => w.code));
    // 上思县's red card by rule names its two off-track pass-rate indicators.
    const red = rows.find((r) => r[1] === "450621" && String(r[3]).startsWith("两项及以上合格率类目标进度滞后"));
    const card = report.warnings.find((w) => w.code === "450621" && w.reasonCode === "RATE_OFF_TRACK_MULTIPLE");
    const names = card?.indicatorCodes.map((code) => report.indicatorNames[code]?.name).join("、");
    expect(red?.slice(0, 4)).toEqual(["上思县", "450621", "红牌", `两项及以上合格率类目标进度滞后（${names}）`]);
    expect(red?.[4]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(red?.slice(5)).toEqual([zh.t(`warnings.status.${card?.status}`), card?.tasks.total, card?.tasks.done, (card?.tasks.total ?? 0) - (card?.tasks.done ?? 0), card?.tasks.overdue]);
    expect(rows.find((r) => r[1] === "450603")?.slice(2, 4)).toEqual(["黄牌", expect.stringMatching(/^合格率类目标进度滞后（.+）$/)]);
  });

  it("follows the chosen sections and the language", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await writeReportXlsx(en, report, ["targets"]) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Targets", "Figures"]);
    expect(rowsOf(workbook.getWorksheet("Targets")).length - 1).toBe(report.targets.length);
  });

  it("is named after the region, the period and the programme", () => {
    expect(reportFileName(zh, report, "xlsx")).toBe("防城港市_2020年_质量强市目标进展.xlsx");
    expect(reportFileName(zh, { ...report, period: { ...report.period, label: "2020Q4" } }, "docx")).toBe("防城港市_2020年第四季度_质量强市目标进展.docx");
  });
});

describe("report DOCX", () => {
  it("contains the headings, every target, the explanations and the departments", async () => {
    const text = documentText(await writeReportDocx(zh, report, REPORT_SECTIONS));
    expect(text).toContain("防城港市质量强市目标进展情况报告");
    for (const heading of ["一、总体情况", "二、本级目标进展情况", "四、滞后和存在风险的目标及原因", "五、下级地区比较", "七、2020年第三季度数据报送情况"]) expect(text).toContain(heading);
    for (const r of [...report.targets, ...report.subregionTargets]) expect(text).toContain(r.indicator.name);
    const notes = report.problems.flatMap((p) => p.notes.map((n) => n.note));
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(text).toContain(note);
    const supporting = report.problems.flatMap((p) => p.supporting.map((d) => d.shortName));
    for (const d of supporting) expect(text).toContain(d);
    expect(text).toContain("演示数据");
  });

  it("lists a county's own cards in its overview (a county report has no sub-region section)", async () => {
    const result = await getSummaryReport(await userNamed("leader"), "450621", { kind: "YEAR", year: 2020 });
    if (!result.ok) throw new Error(result.code);
    const county = result.report;
    expect(county.subregions).toEqual([]);
    expect(county.warnings.some((w) => w.code === "450621" && w.color === "RED")).toBe(true);
    const text = documentText(await writeReportDocx(zh, county, ["targets"]));
    expect(text).toContain(zh.t("warnings.report.title"));
    expect(text).toContain("两项及以上合格率类目标进度滞后");
  });

  it("numbers only the sections chosen", async () => {
    const text = documentText(await writeReportDocx(zh, report, ["problems"]));
    expect(text).toContain("二、滞后和存在风险的目标及原因");
    expect(text).not.toContain("本级目标进展情况");
  });
});

// The summary report as an Excel workbook (exceljs): a summary sheet, the targets with number formats
// and a frozen header, the off-track targets with explanations, sub-regions, the red and yellow cards
// with their rectification, completeness and the figures behind it. Values are written unrounded, so
// that a reader gets the API's numbers; the cells' number formats do the rounding for display.
import ExcelJS from "exceljs";
import { escapeWorkbookText } from "./formula-escape";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import type { SummaryReport } from "@/lib/data/reports/summary";
import type { ReportSection } from "@/lib/validations/reports";
import { COMPARATOR_SYMBOL } from "@/lib/i18n/display";
import { formatDate } from "@/lib/i18n/format";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";
import { issuedCardReason } from "./report-warnings";
import {
  cardText,
  departmentText,
  generatedText,
  headlineSentences,
  missingByDepartment,
  nameOf,
  periodText,
  planText,
  punct,
  reportTitle,
  unitOf,
  type ReportText,
} from "./report-text";

type Cell = string | number | null;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };

const decimalsFormat = (decimals: number) => (decimals > 0 ? `0.${"0".repeat(decimals)}` : "0");

/** A sheet with a bold, filled, frozen header row and an autofilter. */
function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], formats: Record<number, string | ((rowIndex: number) => string)> = {}) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = HEADER_FILL));
  rows.forEach((row, rowIndex) => {
    const added = sheet.addRow(row);
    for (const [column, format] of Object.entries(formats)) {
      const cell = added.getCell(Number(column) + 1);
      cell.numFmt = typeof format === "function" ? format(rowIndex) : format;
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  fitColumns(sheet, [header, ...rows]);
  return sheet;
}

/** Column widths from the longest text (CJK characters count double), capped. */
function fitColumns(sheet: ExcelJS.Worksheet, rows: Cell[][], max = 48) {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      const text = cell === null ? "" : typeof cell === "number" ? cell.toFixed(2) : cell;
      const width = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      widths[i] = Math.max(widths[i] ?? 6, Math.min(max, width + 2));
    });
  }
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

function targetHeader({ t }: ReportText): string[] {
  return [
    t("reports.table.region"), t("reports.table.regionCode"), t("reports.table.area"), t("reports.table.indicator"), t("reports.table.indicatorCode"), t("reports.table.unit"),
    t("reports.table.baseline"), t("reports.table.comparator"), t("reports.table.target"), t("reports.table.deadline"), t("reports.table.latest"), t("reports.table.latestPeriod"),
    t("reports.table.progress"), t("reports.table.expected"), t("reports.table.status"), t("reports.table.lead"), t("reports.table.source"),
  ];
}

function targetCells(x: ReportText, r: TargetRow): Cell[] {
  return [
    nameOf(x, r.region), r.region.code, r.area ? nameOf(x, r.area) : null, nameOf(x, r.indicator), r.indicator.code, unitOf(x, r.indicator),
    r.baselineValue, COMPARATOR_SYMBOL[r.comparator], r.targetValue, r.deadline, r.latest?.value ?? null, r.latest?.period ?? null,
    r.progress, r.expected, x.t(`status.${r.status}`), departmentText(x, r.leadDepartment), r.sourceSentence,
  ];
}

function addTargetsSheet(workbook: ExcelJS.Workbook, x: ReportText, rows: TargetRow[]) {
  const valueFormat = (i: number) => decimalsFormat(rows[i]?.indicator.decimals ?? 0);
  addTable(workbook, x.t("reports.sheet.targets"), targetHeader(x), rows.map((r) => targetCells(x, r)), { 6: valueFormat, 8: valueFormat, 10: valueFormat, 12: "0.0%", 13: "0.0%" });
}

function addSummarySheet(workbook: ExcelJS.Workbook, x: ReportText, report: SummaryReport) {
  const { t } = x;
  const sheet = workbook.addWorksheet(t("reports.sheet.summary"));
  const title = sheet.addRow([reportTitle(x, report)]);
  title.font = { bold: true, size: 16 };
  const meta: Cell[][] = [
    [t("reports.meta.plan"), report.plans.map(planText).join("；")],
    [t("reports.meta.region"), `${nameOf(x, report.region)}${punct(x).open}${report.region.code}${punct(x).close}`],
    [t("reports.meta.period"), periodText(x, report.period.label)],
    [t("reports.meta.asOf"), `${periodText(x, report.period.asOf)}${punct(x).open}${t("reports.meta.officialOnly")}${punct(x).close}`],
    [t("reports.meta.generated"), generatedText(x, report)],
    ...(report.isDemo ? [[t("reports.demoMarker"), t("reports.demoNotice")]] : []),
  ];
  for (const row of meta) sheet.addRow(row).getCell(1).font = { bold: true };
  sheet.addRow([]);
  for (const sentence of headlineSentences(x, report)) sheet.addRow([sentence]);
  sheet.addRow([]);

  const { own, all, previous } = report.headline;
  const header = sheet.addRow([t("reports.table.item"), t("reports.table.current"), t("reports.table.previous"), t("reports.table.change")]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  const line = (label: string, now: number | null, before: number | null, format = "0") => {
    const row = sheet.addRow([label, now, before, now === null || before === null ? null : now - before]);
    for (const c of [2, 3, 4]) row.getCell(c).numFmt = format;
  };
  const ownLabel = t("reports.headline.ownTargets");
  line(ownLabel, own.total, previous.own.total);
  line(`${ownLabel} · ${t("reports.headline.score")}`, own.score, previous.own.score, "0.0");
  line(`${ownLabel} · ${t("reports.headline.rank")}`, own.rank, previous.own.rank);
  for (const s of STATUS_DISPLAY_ORDER) line(`${ownLabel} · ${t(`status.${s}`)}`, own.counts[s], previous.own.counts[s]);
  if (report.subregions.length > 0) {
    const allLabel = t("reports.headline.allTargets");
    line(allLabel, all.total, previous.all.total);
    for (const s of STATUS_DISPLAY_ORDER) line(`${allLabel} · ${t(`status.${s}`)}`, all.counts[s], previous.all.counts[s]);
  }
  const card = cardText(x, own.card, report.indicatorNames);
  sheet.addRow([t("reports.headline.card"), card ? `${card.color}${punct(x).colon}${card.reason}${punct(x).open}${card.indicators}${punct(x).close}` : t("reports.headline.noCard")]);
  sheet.addRow([]);

  const areaHeader = sheet.addRow([t("reports.sheet.areas"), ...STATUS_DISPLAY_ORDER.map((s) => t(`status.${s}`)), t("reports.headline.total")]);
  areaHeader.font = { bold: true };
  areaHeader.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const a of report.areas) sheet.addRow([nameOf(x, a), ...STATUS_DISPLAY_ORDER.map((s) => a.counts[s]), Object.values(a.counts).reduce((p, c) => p + c, 0)]);
  sheet.getColumn(1).width = 34;
  for (let c = 2; c <= 8; c += 1) sheet.getColumn(c).width = 12;
}

export async function writeReportXlsx(x: ReportText, report: SummaryReport, sections: readonly ReportSection[]): Promise<Buffer> {
  const { t } = x;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t("app.fullName");
  workbook.title = reportTitle(x, report);
  workbook.created = new Date(report.generatedAt);
  addSummarySheet(workbook, x, report);

  const targetRows = [...(sections.includes("targets") ? report.targets : []), ...(sections.includes("subregionTargets") ? report.subregionTargets : [])];
  if (targetRows.length > 0) addTargetsSheet(workbook, x, targetRows);

  if (sections.includes("problems")) {
    const header = [t("reports.table.region"), t("reports.table.indicator"), t("reports.table.status"), t("reports.table.latest"), t("reports.table.latestPeriod"), t("reports.table.comparator"), t("reports.table.target"), t("reports.table.progress"), t("reports.table.expected"), t("reports.table.lead"), t("reports.table.supporting"), t("reports.table.notes")];
    const rows = report.problems.map(({ target: r, supporting, notes }): Cell[] => [
      nameOf(x, r.region), nameOf(x, r.indicator), t(`status.${r.status}`), r.latest?.value ?? null, r.latest?.period ?? null, COMPARATOR_SYMBOL[r.comparator], r.targetValue, r.progress, r.expected,
      departmentText(x, r.leadDepartment), supporting.map((d) => departmentText(x, d)).join(punct(x).list), notes.map((n) => `${nameOf(x, n.region)}${punct(x).open}${n.period}${punct(x).close}${punct(x).colon}${n.note}`).join("\n"),
    ]);
    const valueFormat = (i: number) => decimalsFormat(report.problems[i]?.target.indicator.decimals ?? 0);
    const sheet = addTable(workbook, t("reports.sheet.problems"), header, rows, { 3: valueFormat, 6: valueFormat, 7: "0.0%", 8: "0.0%" });
    sheet.getColumn(12).alignment = { wrapText: true, vertical: "top" };
  }

  if (sections.includes("subregions") && report.subregions.length > 0) {
    const header = [t("reports.table.rank"), t("reports.table.region"), t("reports.table.regionCode"), t("reports.table.score"), t("reports.table.targets"), ...STATUS_DISPLAY_ORDER.map((s) => t(`status.${s}`)), t("reports.table.card"), t("reports.table.cardReason"), t("reports.table.cardIndicators")];
    const rows = report.subregions.map((s): Cell[] => {
      const card = cardText(x, s.card, report.indicatorNames);
      return [s.rank, nameOf(x, s), s.code, s.score, s.total, ...STATUS_DISPLAY_ORDER.map((st) => s.counts[st]), card?.color ?? null, card?.reason ?? null, card?.indicators ?? null];
    });
    addTable(workbook, t("reports.sheet.subregions"), header, rows, { 3: "0.0" });
  }

  // The cards issued in the region's subtree, with their rectification (the other formats list them with the sub-regions).
  if (sections.includes("subregions")) {
    const header = [t("warnings.columns.region"), t("reports.table.regionCode"), t("warnings.columns.color"), t("warnings.columns.reason"), t("warnings.columns.issuedAt"), t("warnings.columns.status"), t("warnings.columns.tasks"), t("warnings.columns.done"), t("warnings.columns.open"), t("warnings.columns.overdue")];
    const rows = report.warnings.map((card): Cell[] => [
      nameOf(x, card), card.code, t(`warnings.color.${card.color}`), issuedCardReason(x, card, report.indicatorNames), formatDate(x.locale, card.issuedAt), t(`warnings.status.${card.status}`),
      card.tasks.total, card.tasks.done, card.tasks.total - card.tasks.done, card.tasks.overdue,
    ]);
    addTable(workbook, t("reports.sheet.cards"), header, rows);
  }

  if (sections.includes("completeness")) {
    const header = [t("reports.table.department"), t("reports.table.expectedCount"), t("reports.table.submitted"), t("reports.table.approved"), t("reports.table.notSubmitted"), t("reports.table.region"), t("reports.table.indicator")];
    const missing = missingByDepartment(report);
    const rows: Cell[][] = report.completeness.departments.flatMap((d) => {
      const items = missing.find((m) => m.department?.departmentId === d.departmentId)?.items ?? [];
      return [
        [departmentText(x, d), d.expected, d.submitted, d.approved, d.expected - d.submitted, null, null],
        ...items.map((m): Cell[] => [departmentText(x, d), null, null, null, null, nameOf(x, m.region), nameOf(x, m.indicator)]),
      ];
    });
    addTable(workbook, t("reports.sheet.completeness"), header, rows);
  }

  const figureHeader = [t("reports.table.region"), t("reports.table.regionCode"), t("reports.table.indicator"), t("reports.table.indicatorCode"), t("reports.table.unit"), t("reports.table.period"), t("reports.table.value"), t("reports.table.numerator"), t("reports.table.denominator"), t("reports.table.reportedBy"), t("reports.table.notes")];
  const figureRows = report.figures.map((f): Cell[] => [nameOf(x, f.region), f.region.code, nameOf(x, f.indicator), f.indicator.code, unitOf(x, f.indicator), f.period, f.value, f.numerator, f.denominator, departmentText(x, f.department), f.note || null]);
  addTable(workbook, t("reports.sheet.figures"), figureHeader, figureRows, { 6: (i) => decimalsFormat(report.figures[i]?.indicator.decimals ?? 0) });

  escapeWorkbookText(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

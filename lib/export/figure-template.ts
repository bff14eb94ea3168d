// The XLSX template for bulk import: one row per indicator × region the department reports, with
// codes, names, unit, last quarter's value and the target filled in, and empty input columns
// (numerator/denominator for rates, value otherwise; the cells that do not apply are greyed).
// The hidden version column lets the import refuse rows whose figure changed since the download.
import ExcelJS from "exceljs";
import { cellNumber } from "@/lib/i18n/display";
import { escapeWorkbookText } from "./formula-escape";

export interface TemplateRow {
  indicatorCode: string;
  indicatorName: string;
  regionCode: string;
  regionName: string;
  unit: string;
  kind: "RATE" | "STOCK" | "FLOW";
  kindLabel: string;
  decimals: number;
  previous: number | null;
  target: string;
  version: number;
  isLocked: boolean;
}

export interface TemplateLabels {
  sheet: string;
  helpSheet: string;
  headers: Record<"indicator" | "indicatorName" | "region" | "regionName" | "period" | "unit" | "kind" | "previous" | "target" | "numerator" | "denominator" | "value" | "note" | "version", string>;
  help: string[];
}

/** The sheet's columns in order with their widths; the version column is hidden. */
const COLUMN_WIDTHS: readonly (readonly [keyof TemplateLabels["headers"], number])[] = [
  ["indicator", 24], ["indicatorName", 36], ["region", 10], ["regionName", 12], ["period", 9], ["unit", 7], ["kind", 10],
  ["previous", 12], ["target", 14], ["numerator", 11], ["denominator", 11], ["value", 11], ["note", 40], ["version", 8],
];

const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } };
const NA_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1E40AF" } };

export async function buildFigureTemplate(period: string, rows: readonly TemplateRow[], labels: TemplateLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "quality-targets";
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 1, xSplit: 4 }] });
  const h = labels.headers;
  sheet.columns = COLUMN_WIDTHS.map(([key, width]) => ({ header: h[key], key, width, hidden: key === "version" }));
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: "FFFFFFFF" } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: "middle" };

  for (const r of rows) {
    const row = sheet.addRow({
      indicator: r.indicatorCode,
      indicatorName: r.indicatorName,
      region: r.regionCode,
      regionName: r.regionName,
      period,
      unit: r.unit,
      kind: r.kindLabel,
      previous: cellNumber(r.previous, r.decimals) ?? "",
      target: r.target,
      version: r.version,
    });
    // Codes stay text, so Excel never turns 450602 into 4.5E+05 or drops leading zeros.
    for (const key of ["indicator", "region", "period"]) row.getCell(key).numFmt = "@";
    const isRate = r.kind === "RATE";
    for (const key of ["numerator", "denominator", "value", "note"] as const) {
      const applies = !r.isLocked && (key === "note" || (key === "value" ? !isRate : isRate));
      row.getCell(key).fill = applies ? INPUT_FILL : NA_FILL;
    }
    if (!isRate) row.getCell("value").numFmt = r.decimals > 0 ? `0.${"0".repeat(r.decimals)}` : "0";
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 13 } };

  const help = workbook.addWorksheet(labels.helpSheet);
  help.getColumn(1).width = 100;
  labels.help.forEach((line, i) => {
    help.getCell(i + 1, 1).value = line;
    if (i === 0) help.getCell(i + 1, 1).font = { bold: true, size: 13 };
  });
  escapeWorkbookText(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

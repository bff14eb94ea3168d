// A simple one-sheet workbook with a bold, frozen header row and sensible column widths.
import ExcelJS from "exceljs";
import { escapeWorkbookText } from "./formula-escape";

export async function toXlsx(sheetName: string, header: string[], rows: (string | number | null)[][], numberFormats: Record<number, string> = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(40, Math.max(8, (header[i]?.length ?? 4) * 2 + 2));
    const format = numberFormats[i];
    if (format) column.numFmt = format;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  escapeWorkbookText(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Formula injection: a spreadsheet program treats text that begins with =, +, -, @, a tab or a
// carriage return as a formula (or as the start of one), so text someone typed into the product could
// run as a formula on the reader's machine. Every CSV and XLSX writer passes its text cells through
// escapeCellText, which puts a single quote in front; numbers are never touched (a negative number is
// a number, not text).
import type { Workbook } from "exceljs";

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCellText<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Escapes every text cell of every sheet, in place, just before the workbook is written. */
export function escapeWorkbookText(workbook: Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = escapeCellText(cell.value);
      });
    });
  }
}

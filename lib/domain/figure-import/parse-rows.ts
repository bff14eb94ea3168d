// Turns a table read from an import file into figure rows: finds the header (Chinese or English
// column names, in any order, extra columns ignored), parses numbers and reports every problem
// with its row, column and reason code. Rows whose value cells are all empty are skipped — they
// are the template's rows the department had nothing to enter for.
import { parseNumberInput, parsePeriod, type Period } from "@/lib/domain";
import type { TableRow } from "@/lib/files/read-table";
import { sanitiseText } from "@/lib/validations/fields";

export type ImportColumn = "indicator" | "region" | "period" | "value" | "numerator" | "denominator" | "note" | "version";

const ALIASES: Record<ImportColumn, readonly string[]> = {
  indicator: ["指标代码", "指标编码", "indicator", "indicatorcode", "indicator code"],
  region: ["地区代码", "区划代码", "行政区划代码", "region", "regioncode", "region code"],
  period: ["报告期", "填报期", "period"],
  value: ["数值", "填报值", "本季度值", "value"],
  numerator: ["分子", "numerator"],
  denominator: ["分母", "denominator"],
  note: ["说明", "情况说明", "备注", "note", "explanation"],
  version: ["版本", "version"],
};

function normalise(header: string): string {
  return header
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[*＊\s_]/g, "")
    .trim();
}

const LOOKUP = new Map<string, ImportColumn>(
  (Object.entries(ALIASES) as [ImportColumn, readonly string[]][]).flatMap(([column, names]) => names.map((n) => [normalise(n), column] as const)),
);

export interface ImportIssue {
  /** Row number in the file (0 for problems with the file as a whole). */
  row: number;
  column: ImportColumn | "";
  code: string;
  params?: Record<string, string | number>;
}

export interface ParsedImportRow {
  row: number;
  indicator: string;
  region: string;
  period: Period | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  version: number | null;
}

export interface ParsedImport {
  rows: ParsedImportRow[];
  skipped: number;
  issues: ImportIssue[];
  columns: ImportColumn[];
}

const HEADER_SEARCH_ROWS = 5;
export const MAX_IMPORT_ROWS = 50_000;

export function parseImportRows(table: readonly TableRow[]): ParsedImport {
  const result: ParsedImport = { rows: [], skipped: 0, issues: [], columns: [] };
  const headerIndex = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => LOOKUP.get(normalise(c)) === "indicator"));
  const header = table[headerIndex];
  if (headerIndex < 0 || !header) {
    result.issues.push({ row: 0, column: "indicator", code: "missingColumn" });
    return result;
  }
  const positions = new Map<ImportColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = LOOKUP.get(normalise(cell));
    if (column && !positions.has(column)) positions.set(column, i);
  });
  result.columns = [...positions.keys()];
  for (const required of ["indicator", "region"] as const) {
    if (!positions.has(required)) result.issues.push({ row: header.line, column: required, code: "missingColumn" });
  }
  if (!positions.has("value") && !(positions.has("numerator") && positions.has("denominator"))) {
    result.issues.push({ row: header.line, column: "value", code: "missingValueColumns" });
  }
  if (result.issues.length > 0) return result;

  const dataRows = table.slice(headerIndex + 1);
  if (dataRows.length > MAX_IMPORT_ROWS) {
    result.issues.push({ row: 0, column: "", code: "tooManyRows", params: { max: MAX_IMPORT_ROWS } });
    return result;
  }
  const cell = (row: TableRow, column: ImportColumn) => {
    const i = positions.get(column);
    return i === undefined ? "" : (row.cells[i] ?? "").trim();
  };
  for (const row of dataRows) {
    const texts = { value: cell(row, "value"), numerator: cell(row, "numerator"), denominator: cell(row, "denominator"), note: cell(row, "note") };
    if (Object.values(texts).every((t) => t === "")) {
      result.skipped += 1;
      continue;
    }
    const issue = (column: ImportColumn, code: string, params?: Record<string, string | number>) =>
      result.issues.push({ row: row.line, column, code, ...(params && { params }) });
    const number = (column: "value" | "numerator" | "denominator") => {
      const parsed = parseNumberInput(texts[column]);
      if (parsed === undefined) issue(column, "notANumber", { text: texts[column].slice(0, 40) });
      return parsed ?? null;
    };
    const indicator = cell(row, "indicator");
    const region = cell(row, "region");
    if (!indicator) issue("indicator", "required");
    if (!region) issue("region", "required");
    const periodText = cell(row, "period");
    const period = periodText ? parsePeriod(periodText.toUpperCase()) : null;
    if (periodText && !period) issue("period", "badPeriod");
    const versionText = cell(row, "version");
    const version = versionText === "" ? null : Number(versionText);
    if (version !== null && (!Number.isInteger(version) || version < 0)) issue("version", "badVersion");
    result.rows.push({
      row: row.line,
      indicator,
      region,
      period,
      value: number("value"),
      numerator: number("numerator"),
      denominator: number("denominator"),
      note: sanitiseText(texts.note),
      version: version !== null && Number.isInteger(version) && version >= 0 ? version : null,
    });
  }
  return result;
}

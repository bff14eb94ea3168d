// Reads an uploaded XLSX or CSV file as rows of text cells, keeping the row numbers the user sees
// in Excel. CSV may be UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 — what Excel
// in China saves by default. No I/O beyond the buffer; no database.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { checkArchive } from "@/lib/upload/archive-limits";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface TableRow {
  /** 1-based row number as shown by Excel (CSV: the line the record starts on). */
  line: number;
  cells: string[];
}

export type ReadTableResult =
  | { ok: true; format: "xlsx" | "csv"; encoding?: string; rows: TableRow[] }
  | { ok: false; reason: "badFileType" | "oldExcel" | "emptyFile" | "unreadable" | "tooLarge" | "archiveTooLarge" };

type FileKind = "xlsx" | "csv" | "xls" | "unknown";

function kindOf(name: string, bytes: Uint8Array): FileKind {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const isOle = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (ext === "xlsx") return isZip ? "xlsx" : "unknown";
  if (ext === "xls") return isOle ? "xls" : "unknown";
  if (ext === "csv" || ext === "txt") return isZip || isOle ? "unknown" : "csv";
  return "unknown";
}

/** Text of a CSV file: BOMs decide; otherwise valid UTF-8 is UTF-8 and anything else is GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gb18030" };
  }
}

function readCsv(bytes: Uint8Array): ReadTableResult {
  const { text, encoding } = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  try {
    const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, info: true, bom: true, trim: false }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    // `info.lines` is the line a record ends on; records rarely span lines, and then the first is what Excel shows.
    const rows = records.map(({ record, info }) => ({ line: info.lines - (record.join("").split("\n").length - 1), cells: record.map((c) => c.trim()) }));
    return { ok: true, format: "csv", encoding, rows };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  if (typeof value === "string") return value.trim();
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("").trim();
  if ("hyperlink" in value) return String(value.text).trim();
  if ("result" in value) return value.result === undefined || typeof value.result === "object" ? "" : cellText(value.result);
  if ("error" in value) return String(value.error);
  return "";
}

async function readXlsx(bytes: Uint8Array): Promise<ReadTableResult> {
  const archive = checkArchive(bytes);
  if (!archive.ok) return { ok: false, reason: archive.reason === "unreadable" ? "unreadable" : "archiveTooLarge" };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types predate Node's generic Buffer; the bytes are what it expects.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const sheet = workbook.worksheets.find((w) => w.state === "visible") ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: "emptyFile" };
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ line, cells: Array.from(cells, (c) => c ?? "") });
  });
  return { ok: true, format: "xlsx", rows };
}

export async function readTable(fileName: string, bytes: Uint8Array): Promise<ReadTableResult> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, reason: "tooLarge" };
  if (bytes.byteLength === 0) return { ok: false, reason: "emptyFile" };
  const kind = kindOf(fileName, bytes);
  if (kind === "xls") return { ok: false, reason: "oldExcel" };
  if (kind === "unknown") return { ok: false, reason: "badFileType" };
  const result = kind === "xlsx" ? await readXlsx(bytes) : readCsv(bytes);
  if (result.ok && result.rows.every((r) => r.cells.every((c) => c === ""))) return { ok: false, reason: "emptyFile" };
  return result;
}

// POST /api/v1/figure-imports: multipart form with `file` (XLSX or CSV, ≤ 5 MB), `period` ("2020Q3")
// and, for the office, `department` (id). Every row is checked; if any fails nothing is written.
// 200 summary · 400 with every issue (row, column, reason) · 401 · 403 · 413 · 415 · 423 closed period.
import { importFigures } from "@/lib/data/figure-import";
import { parsePeriod } from "@/lib/domain";
import { handle, type ApiErrorCode } from "@/lib/http";
import { parseImportRows, type ImportIssue } from "@/lib/domain/figure-import/parse-rows";
import { MAX_UPLOAD_BYTES, readTable } from "@/lib/files/read-table";
import { issueMessage } from "@/lib/i18n/issues";
import type { Translate } from "@/lib/i18n/translate";
import { idParam } from "@/lib/validations/api";
import { figureImportsRoute } from "./schema";

export const dynamic = "force-dynamic";

const FILE_STATUS: Record<string, ApiErrorCode> = { tooLarge: "TOO_LARGE", archiveTooLarge: "TOO_LARGE", badFileType: "UNSUPPORTED_MEDIA_TYPE", oldExcel: "UNSUPPORTED_MEDIA_TYPE", emptyFile: "BAD_REQUEST", unreadable: "BAD_REQUEST" };
/** Room for the multipart envelope around a file at the limit. */
const ENVELOPE_BYTES = 64 * 1024;

function describe(t: Translate, issues: readonly ImportIssue[]) {
  return issues.map((i) => ({ row: i.row, column: i.column, code: i.code, message: issueMessage(t, i) }));
}

export const POST = handle(figureImportsRoute, async ({ request, user, t, json, fail, error }) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    return error("TOO_LARGE", "entry.errors.fileTooLarge", { max: "5 MB" }, { reason: "tooLarge" });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const period = parsePeriod(String(form?.get("period") ?? ""));
  const department = form?.get("department");
  const departmentId = typeof department === "string" && department !== "" ? idParam.safeParse(department) : null;
  if (!form || !(file instanceof File)) return error("BAD_REQUEST", "entry.errors.noFile", undefined, { reason: "noFile" });
  if (!period) return error("BAD_REQUEST", "entry.errors.badPeriod", undefined, { reason: "badPeriod" });
  if (departmentId && !departmentId.success) return error("BAD_REQUEST", "entry.errors.unknownDepartment", undefined, { reason: "unknownDepartment" });

  const table = await readTable(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!table.ok) {
    const reason = table.reason === "tooLarge" ? "fileTooLarge" : table.reason;
    return error(FILE_STATUS[table.reason] ?? "BAD_REQUEST", `entry.errors.${reason}`, { max: "5 MB" }, { reason });
  }
  const parsed = parseImportRows(table.rows);
  if (parsed.issues.length > 0) {
    return error("BAD_REQUEST", "entry.errors.importRejected", { count: parsed.issues.length }, { reason: "importRejected", issues: describe(t, parsed.issues) });
  }
  if (parsed.rows.length === 0) return error("BAD_REQUEST", "entry.errors.noRows", undefined, { reason: "noRows" });
  const result = await importFigures(user, { period, departmentId: departmentId?.data, fileName: file.name, rows: parsed.rows, skipped: parsed.skipped });
  if (!result.ok) return fail({ ...result, ...(result.issues && { issues: describe(t, result.issues) }) });
  return json({ ...result.data, encoding: "encoding" in table ? table.encoding : undefined });
});

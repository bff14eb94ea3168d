// POST /api/v1/figure-imports: multipart form with `file` (XLSX or CSV, ≤ 5 MB), `period` ("2020Q3")
// and, for the office, `department` (id). Every row is checked; if any fails nothing is written.
// 200 summary · 400 with every issue (row, column, reason) · 401 · 403 · 413 · 415 · 423 closed period.
import { NextResponse } from "next/server";
import { getRequestUser } from "@/lib/auth/request-user";
import { importFigures } from "@/lib/data/figure-import";
import { parsePeriod } from "@/lib/domain";
import { apiError, unauthorized, type ApiErrorCode } from "@/lib/http";
import { parseImportRows, type ImportIssue } from "@/lib/import/figure-rows";
import { MAX_UPLOAD_BYTES, readTable } from "@/lib/import/read-table";
import { issueMessage, failureMessage } from "@/lib/i18n/issues";
import { translatorForRequest } from "@/lib/i18n/request-locale";
import type { Translate } from "@/lib/i18n/translate";
import { can } from "@/lib/permissions";

export const dynamic = "force-dynamic";

const STATUS: Record<string, ApiErrorCode> = { INVALID: "BAD_REQUEST", FORBIDDEN: "FORBIDDEN", NOT_FOUND: "NOT_FOUND", CONFLICT: "CONFLICT", LOCKED: "LOCKED" };
const FILE_STATUS: Record<string, ApiErrorCode> = { tooLarge: "TOO_LARGE", badFileType: "UNSUPPORTED_MEDIA_TYPE", oldExcel: "UNSUPPORTED_MEDIA_TYPE", emptyFile: "BAD_REQUEST", unreadable: "BAD_REQUEST" };
/** Room for the multipart envelope around a file at the limit. */
const ENVELOPE_BYTES = 64 * 1024;

function describe(t: Translate, issues: readonly ImportIssue[]) {
  return issues.map((i) => ({ row: i.row, column: i.column, code: i.code, message: issueMessage(t, i) }));
}

export async function POST(request: Request) {
  const { t } = translatorForRequest(request);
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  if (!can(user, "figure.enter")) return apiError("FORBIDDEN", t("entry.errors.cannotEnter"));
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    return apiError("TOO_LARGE", t("entry.errors.fileTooLarge", { max: "5 MB" }), { reason: "tooLarge" });
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const period = parsePeriod(String(form?.get("period") ?? ""));
  const department = form?.get("department");
  if (!form || !(file instanceof File)) return apiError("BAD_REQUEST", t("entry.errors.noFile"), { reason: "noFile" });
  if (!period) return apiError("BAD_REQUEST", t("entry.errors.badPeriod"), { reason: "badPeriod" });

  const table = await readTable(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!table.ok) {
    const reason = table.reason === "tooLarge" ? "fileTooLarge" : table.reason;
    return apiError(FILE_STATUS[table.reason] ?? "BAD_REQUEST", t(`entry.errors.${reason}`, { max: "5 MB" }), { reason });
  }
  const parsed = parseImportRows(table.rows);
  if (parsed.issues.length > 0) {
    return apiError("BAD_REQUEST", t("entry.errors.importRejected", { count: parsed.issues.length }), { reason: "importRejected", issues: describe(t, parsed.issues) });
  }
  if (parsed.rows.length === 0) return apiError("BAD_REQUEST", t("entry.errors.noRows"), { reason: "noRows" });
  const result = await importFigures(user, {
    period,
    departmentId: typeof department === "string" && /^\d+$/.test(department) ? Number(department) : undefined,
    fileName: file.name,
    rows: parsed.rows,
    skipped: parsed.skipped,
  });
  if (result.ok) return NextResponse.json({ ...result.data, encoding: table.ok && "encoding" in table ? table.encoding : undefined });
  return apiError(STATUS[result.code] ?? "BAD_REQUEST", failureMessage(t, result), {
    reason: result.reason,
    ...(result.fieldErrors && { fieldErrors: result.fieldErrors }),
    ...("issues" in result && result.issues && { issues: describe(t, result.issues) }),
  });
}

// Bulk import of a department's figures for one quarter. Every row is checked first — codes, scope,
// responsibility, duplicates, numbers, the indicator's rules, locked and changed figures — and if any
// row fails nothing is written. Imported figures are drafts (submitted from the grid, where the
// explanation rule applies). The write is one transaction with an audit event per figure.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriod, MAX_NOTE_LENGTH, validateFigureValues, type Period } from "@/lib/domain";
import type { ImportIssue, ParsedImportRow } from "@/lib/domain/figure-import/parse-rows";
import { recordAudit, recordAudits, type AuditInput } from "./audit";
import { insertDraftFigures, updateFigureValues } from "./figure-bulk";
import { recomputeEvaluations } from "./evaluation/recompute";
import { resolveEntryDepartment, resolvePeriod } from "./figure-context";
import { figureSnapshot, type FigureStatus } from "./figure-view";
import { failure, success, type Result } from "@/lib/result";
import { abort, transaction } from "./transaction";

export interface ImportRequest {
  period: Period;
  departmentId?: number;
  fileName: string;
  rows: readonly ParsedImportRow[];
  skipped: number;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

type Existing = { id: number; indicatorId: number; regionId: number; status: FigureStatus; version: number; value: number | null; numerator: number | null; denominator: number | null; note: string; reviewComment: string; departmentId: number | null; enteredById: number | null };

interface PlannedWrite {
  row: ParsedImportRow;
  indicatorId: number;
  regionId: number;
  path: string;
  values: { value: number | null; numerator: number | null; denominator: number | null };
  existing?: Existing;
}

export async function importFigures(user: SessionUser, request: ImportRequest): Promise<Result<ImportSummary, { issues?: ImportIssue[] }>> {
  const resolved = await resolveEntryDepartment(db, user, { id: request.departmentId });
  if (!resolved.ok) return resolved;
  const department = resolved.department;
  const { year, quarter } = request.period;
  const label = formatPeriod(request.period);
  const period = await resolvePeriod(db, year, quarter);
  if (!period.ok) return { ...period, issues: [{ row: 0, column: "period", code: period.reason === "periodClosed" ? "periodClosed" : "unknownPeriod", params: { period: label } }] };

  const responsibilities = await db.responsibility.findMany({
    where: { departmentId: department.id },
    select: {
      indicator: { select: { id: true, code: true, kind: true, unit: true, decimals: true, active: true } },
      region: { select: { id: true, code: true, path: true, active: true } },
    },
  });
  const indicatorCodes = new Set(request.rows.map((r) => r.indicator));
  const regionCodes = new Set(request.rows.map((r) => r.region));
  const [knownIndicators, knownRegions] = await Promise.all([
    db.indicator.findMany({ where: { code: { in: [...indicatorCodes] }, active: true }, select: { code: true } }),
    db.region.findMany({ where: { code: { in: [...regionCodes] }, active: true }, select: { code: true, path: true } }),
  ]);
  const indicatorKnown = new Set(knownIndicators.map((i) => i.code));
  const regionPath = new Map(knownRegions.map((r) => [r.code, r.path]));
  const responsibleFor = new Map(responsibilities.map((r) => [`${r.indicator.code}|${r.region.code}`, r]));
  const indicatorIds = [...new Set(responsibilities.map((r) => r.indicator.id))];
  const existingRows: Existing[] = await db.figure.findMany({
    where: { indicatorId: { in: indicatorIds }, year, quarter },
    select: { id: true, indicatorId: true, regionId: true, status: true, version: true, value: true, numerator: true, denominator: true, note: true, reviewComment: true, departmentId: true, enteredById: true },
  });
  const existingAt = new Map(existingRows.map((f) => [`${f.indicatorId}:${f.regionId}`, f]));

  const issues: ImportIssue[] = [];
  const firstRowOf = new Map<string, number>();
  const writes: PlannedWrite[] = [];
  for (const row of request.rows) {
    const issue = (column: ImportIssue["column"], code: string, params?: Record<string, string | number>) => issues.push({ row: row.row, column, code, ...(params && { params }) });
    if (row.period && (row.period.year !== year || row.period.quarter !== quarter)) issue("period", "wrongPeriod", { period: label });
    if (!row.indicator || !row.region) continue;
    if (!indicatorKnown.has(row.indicator)) issue("indicator", "unknownIndicator", { code: row.indicator });
    const path = regionPath.get(row.region);
    if (!path) issue("region", "unknownRegion", { code: row.region });
    if (!indicatorKnown.has(row.indicator) || !path) continue;
    if (!path.startsWith(user.scopePath)) {
      issue("region", "outOfScope", { code: row.region });
      continue;
    }
    const responsibility = responsibleFor.get(`${row.indicator}|${row.region}`);
    if (!responsibility) {
      issue("indicator", "notResponsible", { code: row.indicator });
      continue;
    }
    const key = `${row.indicator}|${row.region}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issue("region", "duplicate", { first });
      continue;
    }
    firstRowOf.set(key, row.row);
    const checked = validateFigureValues(responsibility.indicator, row, { complete: true });
    if (!checked.ok) {
      for (const [column, list] of Object.entries(checked.fieldErrors)) for (const e of list ?? []) issue(column as ImportIssue["column"], e.code, e.params);
      continue;
    }
    if (row.note.length > MAX_NOTE_LENGTH) issue("note", "noteTooLong");
    const existing = existingAt.get(`${responsibility.indicator.id}:${responsibility.region.id}`);
    if (existing?.status === "APPROVED") issue("value", "figureApproved");
    else if (row.version !== null && row.version !== (existing?.version ?? 0)) issue("version", "versionConflict", { version: existing?.version ?? 0 });
    // Without the template's version column the row cannot show it saw the latest figure: it may not
    // overwrite what someone else entered.
    else if (row.version === null && existing && existing.enteredById !== user.id && changes(existing, checked.values, row.note))
      issue("version", "versionMissing", { version: existing.version });
    else writes.push({ row, indicatorId: responsibility.indicator.id, regionId: responsibility.region.id, path, values: checked.values, existing });
  }

  if (issues.length > 0) {
    issues.sort((a, b) => a.row - b.row);
    await recordAudit(db, user, {
      action: "figure.importRejected",
      entityType: "FigureImport",
      entityId: label,
      after: { file: request.fileName, department: department.code, rows: request.rows.length, errors: issues.length },
      regionPath: user.scopePath,
    });
    return { ...failure("INVALID", { reason: "importRejected", params: { count: issues.length } }), issues };
  }
  return writeImport(user, request, department, writes);
}

/** True when writing these values and note would change the stored figure. */
function changes(e: Existing, values: PlannedWrite["values"], note: string): boolean {
  return !(e.value === values.value && e.numerator === values.numerator && e.denominator === values.denominator && e.note === note);
}

async function writeImport(
  user: SessionUser,
  request: ImportRequest,
  department: { id: number; code: string },
  writes: readonly PlannedWrite[],
): Promise<Result<ImportSummary, { issues?: ImportIssue[] }>> {
  const { year, quarter } = request.period;
  const common = { departmentId: department.id, enteredById: user.id, enteredAt: new Date() };
  const fresh = writes.filter((w) => !w.existing);
  const changed = writes.filter((w) => w.existing && changes(w.existing, w.values, w.row.note));
  const key = (w: PlannedWrite) => ({ indicator: w.row.indicator, region: w.row.region, period: formatPeriod({ year, quarter }), source: request.fileName, row: w.row.row });
  const after = (w: PlannedWrite, status: FigureStatus, version: number) => ({ ...key(w), ...w.values, note: w.row.note, status, departmentId: department.id, version });

  return transaction<ImportSummary, { issues?: ImportIssue[] }>(async (tx) => {
    const created = await insertDraftFigures(
      tx,
      fresh.map((w) => ({ indicatorId: w.indicatorId, regionId: w.regionId, year, quarter, ...w.values, note: w.row.note })),
      common,
    );
    const newId = new Map(created.map((c) => [`${c.indicatorId}:${c.regionId}`, c.id]));
    const updates = changed.map((w) => {
      const e = w.existing as Existing;
      return { w, e, status: (e.status === "RETURNED" ? "RETURNED" : "DRAFT") as FigureStatus };
    });
    const updated = await updateFigureValues(
      tx,
      updates.map(({ w, e, status }) => ({ id: e.id, version: e.version, ...w.values, note: w.row.note, status })),
      common,
    );
    // A figure changed between validation and writing (someone saved meanwhile): undo the import.
    if (updated !== updates.length) abort("CONFLICT", { reason: "importConflict" });
    const audits: AuditInput[] = [
      ...fresh.map((w) => ({
        action: "figure.create",
        entityType: "Figure",
        entityId: newId.get(`${w.indicatorId}:${w.regionId}`) ?? 0,
        regionPath: w.path,
        after: after(w, "DRAFT", 1),
      })),
      ...updates.map(({ w, e, status }) => ({
        action: "figure.update",
        entityType: "Figure",
        entityId: e.id,
        regionPath: w.path,
        before: { ...key(w), ...figureSnapshot(e) },
        after: after(w, status, e.version + 1),
      })),
    ];
    await recordAudits(tx, user, audits);
    await recordAudit(tx, user, {
      action: "figure.import",
      entityType: "FigureImport",
      entityId: formatPeriod({ year, quarter }),
      after: { file: request.fileName, department: department.code, created: fresh.length, updated: changed.length, skipped: request.skipped },
      regionPath: user.scopePath,
    });
    // Submitted figures that changed went back to draft: the provisional evaluations change.
    const withdrawn = updates.filter(({ e }) => e.status === "SUBMITTED").map(({ w }) => w.indicatorId);
    if (withdrawn.length > 0) await recomputeEvaluations(tx, { indicatorIds: [...new Set(withdrawn)] });
    return success({ created: fresh.length, updated: changed.length, unchanged: writes.length - fresh.length - changed.length, skipped: request.skipped });
  });
}


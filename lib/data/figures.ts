// Saving and submitting quarterly figures (docs/design.md: "What is kept", "Screens"). Every change runs in
// one transaction with its audit event and the recomputation of the cached target evaluations.
// Concurrency: each save names the version it was based on; a different stored version is a
// conflict, answered with the stored figure — never a silent overwrite.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import {
  formatPeriod,
  hasExplanation,
  validateFigureValues,
  type ExplanationReason,
  type FigureValues,
  type TargetStatus,
} from "@/lib/domain";
import { recordAudit, recordAudits } from "./audit";
import { notifyFiguresSubmitted } from "./notifications/events";
import { recomputeEvaluations } from "./evaluation/recompute";
import { checkFigures, checkKey } from "./figure-checks";
import { recordDenied, resolveEntryDepartment, resolveFigureCoordinates, resolvePeriod } from "./figure-context";
import { figureSnapshot, figureViewSelect, toFigureView, type FigureStatus, type FigureView } from "./figure-view";
import { updateFiguresAtVersions } from "./figure-versions";
import type { FigurePut } from "@/lib/validations/figure";
import { failure, success, type FieldErrors, type Result } from "@/lib/result";
import { abort, isUniqueViolation, transaction } from "./transaction";

export interface SaveFigureInput extends FigureValues {
  indicatorCode: string;
  regionCode: string;
  year: number;
  quarter: number;
  note: string;
  /** The version the change is based on; 0 when the caller saw no figure. */
  version: number;
  /** OFFICE/ADMIN entering on a department's behalf; ignored for DEPARTMENT users (their own). */
  departmentCode?: string;
  /** Save and submit in one step (the API's `submit: true`). */
  submit?: boolean;
}

/** The save of a figure as the entry grid and the API send it (both parsed with figurePutSchema). */
export function saveInputOf(put: FigurePut): SaveFigureInput {
  return {
    indicatorCode: put.indicator,
    regionCode: put.region,
    year: put.period.year,
    quarter: put.period.quarter,
    value: put.value,
    numerator: put.numerator,
    denominator: put.denominator,
    note: put.note,
    version: put.version,
    departmentCode: put.department,
    submit: put.submit,
  };
}

export interface SavedFigure {
  figure: FigureView;
  indicatorCode: string;
  regionCode: string;
  /** Why this figure will need a note before submission (a warning while it is a draft). */
  reasons: ExplanationReason[];
  targetStatus: TargetStatus | null;
}

type SaveFailureExtra = { current?: FigureView | null };

const COUNTED: readonly FigureStatus[] = ["SUBMITTED", "APPROVED"];

function sameContent(a: FigureValues & { note: string }, b: FigureValues & { note: string }) {
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.note === b.note;
}

export async function saveFigure(user: SessionUser, input: SaveFigureInput): Promise<Result<SavedFigure, SaveFailureExtra>> {
  const entityKey = `${input.indicatorCode}|${input.regionCode}|${formatPeriod(input)}`;
  const coordinates = await resolveFigureCoordinates(db, user, input);
  if (!coordinates.ok) {
    if (coordinates.code === "FORBIDDEN") await recordDenied(db, user, entityKey, input, coordinates.reason ?? coordinates.code);
    return coordinates;
  }
  const { indicator, region, department } = coordinates;
  const period = await resolvePeriod(db, input.year, input.quarter);
  if (!period.ok) return period;
  const checked = validateFigureValues(indicator, input, { complete: input.submit === true });
  if (!checked.ok) return failure("INVALID", { reason: "invalid", fieldErrors: checked.fieldErrors });
  const values = checked.values;
  const note = input.note.trim();
  const where = { indicatorId_regionId_year_quarter: { indicatorId: indicator.id, regionId: region.id, year: input.year, quarter: input.quarter } };
  const kinds = new Map([[indicator.id, indicator.kind]]);
  const decimals = new Map([[indicator.id, indicator.decimals]]);

  const write = () =>
    transaction<SavedFigure, SaveFailureExtra>(async (tx) => {
      const existing = await tx.figure.findUnique({ where, select: figureViewSelect });
      if (existing?.status === "APPROVED") return failure("LOCKED", { reason: "figureApproved" });
      if ((existing?.version ?? 0) !== input.version) {
        return { ...failure("CONFLICT", { reason: "conflict" }), current: existing ? toFigureView(existing) : null };
      }
      const check = (await checkFigures(tx, input, [{ indicatorId: indicator.id, regionId: region.id, values }], kinds, decimals)).get(
        checkKey(indicator.id, region.id),
      );
      const reasons = check?.reasons ?? [];
      if (input.submit && reasons.length > 0 && !hasExplanation(note)) {
        return failure("INVALID", { reason: "invalid", fieldErrors: { note: [{ code: "noteRequired", params: { reasons: reasons.join(",") } }] } });
      }
      const status: FigureStatus = input.submit ? "SUBMITTED" : existing?.status === "RETURNED" ? "RETURNED" : "DRAFT";
      const result = (figure: FigureView): Result<SavedFigure, SaveFailureExtra> => ({
        ok: true,
        data: { figure, indicatorCode: indicator.code, regionCode: region.code, reasons, targetStatus: check?.targetStatus ?? null },
      });
      if (existing && existing.status === status && sameContent(existing, { ...values, note }) && existing.departmentId === department.id) {
        return result(toFigureView(existing));
      }

      const now = new Date();
      const data = {
        ...values,
        note,
        status,
        departmentId: department.id,
        enteredById: user.id,
        enteredAt: now,
        isDemo: false,
        ...(input.submit && { submittedById: user.id, submittedAt: now }),
      };
      let saved;
      if (existing) {
        const updated = await tx.figure.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
        if (updated.count !== 1) abort("CONFLICT", { reason: "conflict" });
        saved = await tx.figure.findUniqueOrThrow({ where: { id: existing.id }, select: figureViewSelect });
      } else {
        saved = await tx.figure.create({
          data: { ...data, indicatorId: indicator.id, regionId: region.id, year: input.year, quarter: input.quarter },
          select: figureViewSelect,
        });
      }
      const onBehalf = can(user, "figure.enterOnBehalf");
      const audit = { entityType: "Figure", entityId: saved.id, regionPath: region.path };
      const key = { indicator: indicator.code, region: region.code, period: formatPeriod(input) };
      await recordAudit(tx, user, {
        ...audit,
        action: existing ? "figure.update" : "figure.create",
        before: existing ? { ...key, ...figureSnapshot(existing) } : undefined,
        after: { ...key, ...figureSnapshot(saved), ...(onBehalf && { onBehalfOf: department.code, onBehalfOfName: department.name }) },
      });
      if (input.submit) await recordAudit(tx, user, { ...audit, action: "figure.submit", after: { ...key, status: "SUBMITTED", version: saved.version } });
      if (COUNTED.includes(status) || (existing && COUNTED.includes(existing.status))) {
        await recomputeEvaluations(tx, { indicatorIds: [indicator.id] });
      }
      return result(toFigureView(saved));
    });

  let result: Result<SavedFigure, SaveFailureExtra>;
  try {
    result = await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    result = failure("CONFLICT", { reason: "conflict" });
  }
  if (result.ok || result.code !== "CONFLICT" || result.current !== undefined) return result;
  // Someone saved between our read and our write: answer with the figure stored now.
  const current = await db.figure.findUnique({ where, select: figureViewSelect });
  return { ...result, current: current ? toFigureView(current) : null };
}

export interface SubmitInput {
  year: number;
  quarter: number;
  departmentId: number;
  /** The figures (id → version) the user saw; only these are submitted. Omitted: every draft. */
  versions?: Record<number, number>;
}

export type SubmitFailureExtra = { rowErrors?: Record<number, FieldErrors>; conflicts?: number[] };

/**
 * Submits the department's draft and returned figures of a quarter for review: all of them or
 * none. A figure that is incomplete or lacks a required explanation keeps the whole submission back,
 * with the reason per figure.
 */
export async function submitFigures(user: SessionUser, input: SubmitInput): Promise<Result<{ submitted: number }, SubmitFailureExtra>> {
  const resolved = await resolveEntryDepartment(db, user, { id: input.departmentId });
  if (!resolved.ok) return resolved;
  const period = await resolvePeriod(db, input.year, input.quarter);
  if (!period.ok) return period;
  const department = resolved.department;

  return transaction<{ submitted: number }, SubmitFailureExtra>(async (tx) => {
    const figures = await tx.figure.findMany({
      where: {
        departmentId: department.id,
        year: input.year,
        quarter: input.quarter,
        status: { in: ["DRAFT", "RETURNED"] },
        region: { path: { startsWith: user.scopePath } },
        ...(input.versions && { id: { in: Object.keys(input.versions).map(Number) } }),
      },
      select: { ...figureViewSelect, indicator: { select: { code: true, kind: true, unit: true, decimals: true } }, region: { select: { code: true, path: true } } },
    });
    const conflicts = input.versions ? figures.filter((f) => input.versions?.[f.id] !== f.version).map((f) => f.id) : [];
    if (conflicts.length > 0) return { ...failure("CONFLICT", { reason: "submitConflict" }), conflicts };

    const kinds = new Map(figures.map((f) => [f.indicatorId, f.indicator.kind]));
    const decimals = new Map(figures.map((f) => [f.indicatorId, f.indicator.decimals]));
    const checks = await checkFigures(tx, input, figures.map((f) => ({ indicatorId: f.indicatorId, regionId: f.regionId, values: f })), kinds, decimals);
    const rowErrors: Record<number, FieldErrors> = {};
    for (const f of figures) {
      const checked = validateFigureValues(f.indicator, { value: f.indicator.kind === "RATE" ? null : f.value, numerator: f.numerator, denominator: f.denominator }, { complete: true });
      const errors: FieldErrors = checked.ok ? {} : { ...checked.fieldErrors };
      const reasons = checks.get(checkKey(f.indicatorId, f.regionId))?.reasons ?? [];
      if (reasons.length > 0 && !hasExplanation(f.note)) errors.note = [{ code: "noteRequired", params: { reasons: reasons.join(",") } }];
      if (Object.keys(errors).length > 0) rowErrors[f.id] = errors;
    }
    if (Object.keys(rowErrors).length > 0) return { ...failure("INVALID", { reason: "submitBlocked", params: { count: Object.keys(rowErrors).length } }), rowErrors };

    const moved = await updateFiguresAtVersions(tx, figures, { status: "SUBMITTED", submittedById: user.id, submittedAt: new Date() });
    if (moved.length > 0) abort("CONFLICT", { reason: "submitConflict", conflicts: moved });
    await recordAudits(
      tx,
      user,
      figures.map((f) => ({
        action: "figure.submit",
        entityType: "Figure",
        entityId: f.id,
        regionPath: f.region.path,
        before: { status: f.status, version: f.version },
        after: { indicator: f.indicator.code, region: f.region.code, period: formatPeriod(input), status: "SUBMITTED", version: f.version + 1 },
      })),
    );
    if (figures.length > 0) await recomputeEvaluations(tx, { indicatorIds: [...kinds.keys()] });
    await notifyFiguresSubmitted(tx, { department, year: input.year, quarter: input.quarter, regionPaths: figures.map((f) => f.region.path), count: figures.length });
    return success({ submitted: figures.length });
  });
}

/** Records a write refused before it reached the figure (e.g. a role that cannot enter figures). */
export async function recordRefusedWrite(user: SessionUser, put: FigurePut, reason: string) {
  await recordDenied(db, user, `${put.indicator}|${put.region}|${formatPeriod(put.period)}`, put, reason);
}

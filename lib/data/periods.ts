// Reporting periods (docs/design.md, "What is kept"): quarters with a due date and an open/closed
// state. The administrator opens and closes them (periods are installation-wide, so an office may
// not); a closed quarter is read-only for everyone. Opening or closing can move the quarter the
// dashboards are judged at, so every evaluation is recomputed.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriod } from "@/lib/domain";
import { can } from "@/lib/permissions";
import { recordAudit } from "./audit";
import { recomputeEvaluations } from "./evaluation/recompute";
import { failure, invalidField, type Result } from "@/lib/result";

export interface PeriodView {
  year: number;
  quarter: number;
  label: string;
  isOpen: boolean;
  dueDate: string;
}

const toView = (p: { year: number; quarter: number; isOpen: boolean; dueDate: Date }): PeriodView => ({
  year: p.year,
  quarter: p.quarter,
  label: formatPeriod(p),
  isOpen: p.isOpen,
  dueDate: p.dueDate.toISOString(),
});

/** Every reporting period, newest first (periods are installation-wide, not regional). */
export async function listPeriods(): Promise<PeriodView[]> {
  const rows = await db.reportingPeriod.findMany({ orderBy: [{ year: "desc" }, { quarter: "desc" }] });
  return rows.map(toView);
}

/** The requested period when it exists, else the open one (the latest open), else the newest. */
export function pickPeriod(periods: readonly PeriodView[], requested: { year: number; quarter: number } | null | undefined): PeriodView | undefined {
  return (
    (requested && periods.find((p) => p.year === requested.year && p.quarter === requested.quarter)) ||
    periods.find((p) => p.isOpen) ||
    periods[0]
  );
}

export interface PeriodChange {
  year: number;
  quarter: number;
  isOpen?: boolean;
  /** ISO date (yyyy-mm-dd), the last day figures are due. */
  dueDate?: string;
}

function rootPathOf(path: string): string {
  return `/${path.split("/")[1] ?? ""}/`;
}

function dueDateOf(text: string): Date | null {
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Opens or closes a quarter and/or sets its due date; creates the quarter when it does not exist yet. */
export async function updatePeriod(user: SessionUser, change: PeriodChange): Promise<Result<PeriodView>> {
  if (!can(user, "period.manage")) return failure("FORBIDDEN", { reason: "cannotManagePeriods" });
  const dueDate = change.dueDate === undefined ? undefined : dueDateOf(change.dueDate);
  if (dueDate === null) return invalidField("dueDate", "badDate");
  const quarterEnd = new Date(Date.UTC(change.year, change.quarter * 3, 0));
  if (dueDate && dueDate < quarterEnd) return invalidField("dueDate", "dueBeforeQuarterEnd");

  return db.$transaction(async (tx) => {
    const key = { year_quarter: { year: change.year, quarter: change.quarter } };
    const before = await tx.reportingPeriod.findUnique({ where: key });
    if (!before && !dueDate) return invalidField("dueDate", "dueDateRequired");
    const after = before
      ? await tx.reportingPeriod.update({ where: key, data: { ...(change.isOpen !== undefined && { isOpen: change.isOpen }), ...(dueDate && { dueDate }) } })
      : await tx.reportingPeriod.create({ data: { year: change.year, quarter: change.quarter, isOpen: change.isOpen ?? false, dueDate: dueDate ?? quarterEnd } });
    const action = !before ? "period.create" : before.isOpen !== after.isOpen ? (after.isOpen ? "period.open" : "period.close") : "period.update";
    await recordAudit(tx, user, {
      action,
      entityType: "ReportingPeriod",
      entityId: formatPeriod(after),
      before: before ? toView(before) : undefined,
      after: toView(after),
      // Periods are installation-wide: the event concerns the root region, so every office sees it.
      regionPath: rootPathOf(user.scopePath),
    });
    if (before?.isOpen !== after.isOpen) await recomputeEvaluations(tx);
    return { ok: true as const, data: toView(after) };
    // Re-evaluating every target takes longer than Prisma's 5 s default on a large installation.
  }, { timeout: 60_000 });
}

// Review by the office (docs/design.md, "Screens"): submitted figures are approved or returned with a
// comment; approved figures are locked and only reopened with a reason. Each action names the
// versions the reviewer saw, so nothing is approved that changed after it was looked at.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import { figureNumber, formatPeriod, previousPeriod, toQuarter, type ExplanationReason, type TargetStatus } from "@/lib/domain";
import type { ComparatorValue } from "@/lib/validations/enums";
import { recordAudit } from "./audit";
import { recomputeEvaluations } from "./evaluation/recompute";
import { checkFigures, checkKey } from "./figure-checks";
import { figureSnapshot, figureViewSelect, toFigureView, type FigureStatus, type FigureView } from "./figure-view";
import { failure, invalidField, success } from "@/lib/result";
import { abort, transaction } from "./transaction";
import { regionInScope } from "./scope";

export interface ReviewItem {
  figure: FigureView;
  indicator: { id: number; code: string; name: string; nameEn: string | null; unit: string; kind: "RATE" | "STOCK" | "FLOW"; decimals: number };
  region: { id: number; code: string; name: string; nameEn: string | null };
  previous: number | null;
  target: { comparator: ComparatorValue; targetValue: number; deadlineYear: number; status: TargetStatus | null } | null;
  reasons: ExplanationReason[];
}

export interface ReviewGroup {
  department: { id: number; code: string; name: string; nameEn: string | null };
  items: ReviewItem[];
}

const reviewSelect = {
  ...figureViewSelect,
  indicator: { select: { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true } },
  region: { select: { id: true, code: true, name: true, nameEn: true, path: true, sortOrder: true } },
} as const;

/** Figures of a quarter in the reviewer's scope with the given status, grouped by department (then region). */
export async function listReviewGroups(user: SessionUser, query: { year: number; quarter: number; status: FigureStatus }): Promise<ReviewGroup[]> {
  if (!can(user, "figure.review")) return [];
  const figures = await db.figure.findMany({
    where: { year: query.year, quarter: query.quarter, status: query.status, region: regionInScope(user) },
    select: reviewSelect,
  });
  const q = toQuarter(query.quarter);
  const prev = q ? previousPeriod({ year: query.year, quarter: q }) : null;
  const indicatorIds = [...new Set(figures.map((f) => f.indicatorId))];
  const regionIds = [...new Set(figures.map((f) => f.regionId))];
  const [previousFigures, targets] = await Promise.all([
    prev
      ? db.figure.findMany({
          where: { indicatorId: { in: indicatorIds }, regionId: { in: regionIds }, year: prev.year, quarter: prev.quarter, status: { in: ["APPROVED", "SUBMITTED"] } },
          select: { indicatorId: true, regionId: true, value: true, numerator: true, denominator: true, indicator: { select: { kind: true } } },
        })
      : [],
    db.target.findMany({
      where: { archivedAt: null, indicatorId: { in: indicatorIds }, regionId: { in: regionIds } },
      orderBy: [{ deadlineYear: "asc" }, { id: "asc" }],
      select: { indicatorId: true, regionId: true, comparator: true, targetValue: true, deadlineYear: true, evaluations: { where: { provisional: true }, select: { status: true } } },
    }),
  ]);
  const previousAt = new Map(previousFigures.map((f) => [checkKey(f.indicatorId, f.regionId), figureNumber(f.indicator.kind, f)]));
  const targetAt = new Map(targets.map((t) => [checkKey(t.indicatorId, t.regionId), t]));
  const checks = await checkFigures(
    db,
    query,
    figures.map((f) => ({ indicatorId: f.indicatorId, regionId: f.regionId, values: f })),
    new Map(figures.map((f) => [f.indicatorId, f.indicator.kind])),
    new Map(figures.map((f) => [f.indicatorId, f.indicator.decimals])),
  );

  const groups = new Map<number, ReviewGroup>();
  figures.sort((a, b) => (a.departmentId ?? 0) - (b.departmentId ?? 0) || a.region.sortOrder - b.region.sortOrder || a.indicatorId - b.indicatorId);
  for (const f of figures) {
    const department = f.department ? { id: f.departmentId ?? 0, ...f.department } : { id: 0, code: "", name: "", nameEn: null };
    const group = groups.get(department.id) ?? { department, items: [] };
    groups.set(department.id, group);
    const key = checkKey(f.indicatorId, f.regionId);
    const target = targetAt.get(key);
    group.items.push({
      figure: toFigureView(f),
      indicator: f.indicator,
      region: { id: f.region.id, code: f.region.code, name: f.region.name, nameEn: f.region.nameEn },
      previous: previousAt.get(key) ?? null,
      target: target ? { comparator: target.comparator, targetValue: target.targetValue, deadlineYear: target.deadlineYear, status: target.evaluations[0]?.status ?? null } : null,
      reasons: checks.get(key)?.reasons ?? [],
    });
  }
  return [...groups.values()];
}

export interface ReviewTarget {
  id: number;
  version: number;
}

type ReviewAction = "approve" | "return" | "reopen";

const FROM_STATUS: Record<ReviewAction, FigureStatus> = { approve: "SUBMITTED", return: "SUBMITTED", reopen: "APPROVED" };
const TO_STATUS: Record<ReviewAction, FigureStatus> = { approve: "APPROVED", return: "RETURNED", reopen: "RETURNED" };

async function applyReview(
  tx: DbTransaction,
  user: SessionUser,
  action: ReviewAction,
  items: readonly ReviewTarget[],
  comment: string,
): Promise<number[]> {
  const figures = await tx.figure.findMany({
    where: { id: { in: items.map((i) => i.id) }, region: regionInScope(user) },
    select: { ...figureViewSelect, indicator: { select: { code: true } }, region: { select: { code: true, path: true } } },
  });
  if (figures.length !== items.length) abort("NOT_FOUND", { reason: "figureNotFound" });
  const periods = await tx.reportingPeriod.findMany({ where: { OR: figures.map((f) => ({ year: f.year, quarter: f.quarter })) } });
  const closed = figures.find((f) => !periods.some((p) => p.year === f.year && p.quarter === f.quarter && p.isOpen));
  if (closed) abort("LOCKED", { reason: "periodClosed", params: { period: formatPeriod(closed) } });
  const versions = new Map(items.map((i) => [i.id, i.version]));
  const conflicts = figures.filter((f) => versions.get(f.id) !== f.version || f.status !== FROM_STATUS[action]).map((f) => f.id);
  if (conflicts.length > 0) abort("CONFLICT", { reason: "reviewConflict", conflicts });

  const now = new Date();
  const status = TO_STATUS[action];
  for (const f of figures) {
    const data =
      action === "approve"
        ? { status, approvedById: user.id, approvedAt: now }
        : { status, reviewComment: comment, approvedById: null, approvedAt: null };
    const updated = await tx.figure.updateMany({ where: { id: f.id, version: f.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) abort("CONFLICT", { reason: "reviewConflict", conflicts: [f.id] });
    const key = { indicator: f.indicator.code, region: f.region.code, period: formatPeriod(f) };
    await recordAudit(tx, user, {
      action: `figure.${action}`,
      entityType: "Figure",
      entityId: f.id,
      regionPath: f.region.path,
      before: { ...key, ...figureSnapshot(f) },
      after: { ...key, ...figureSnapshot({ ...f, ...data, version: f.version + 1 }) },
    });
  }
  await recomputeEvaluations(tx, { indicatorIds: [...new Set(figures.map((f) => f.indicatorId))] });
  return figures.map((f) => f.id);
}

async function review(user: SessionUser, action: ReviewAction, items: readonly ReviewTarget[], comment = "") {
  if (!can(user, "figure.review")) return failure("FORBIDDEN", { reason: "cannotReview" });
  if (items.length === 0) return invalidField("figures", "nothingSelected");
  if (action !== "approve" && comment.trim().length < 2) return invalidField("comment", action === "return" ? "commentRequired" : "reasonRequired");
  return transaction<{ count: number }, { conflicts?: number[] }>(async (tx) => {
    const ids = await applyReview(tx, user, action, items, comment.trim());
    return success({ count: ids.length });
  });
}

/** Approves the figures (one, or a department's whole submission): all or none. */
export const approveFigures = (user: SessionUser, items: readonly ReviewTarget[]) => review(user, "approve", items);
/** Sends a submitted figure back to its department with the reviewer's comment. */
export const returnFigure = (user: SessionUser, item: ReviewTarget, comment: string) => review(user, "return", [item], comment);
/** Unlocks an approved figure: it goes back to the department as returned, with the reason. */
export const reopenFigure = (user: SessionUser, item: ReviewTarget, reason: string) => review(user, "reopen", [item], reason);

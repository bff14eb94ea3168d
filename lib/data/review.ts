// Review by the office (docs/design.md, "Screens"): submitted figures are approved or returned with a
// comment; approved figures are locked and only reopened with a reason. Each action names the
// versions the reviewer saw, so nothing is approved that changed after it was looked at; approving a
// department's whole filtered submission names its count and the moment the list was shown.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions";
import { formatPeriod } from "@/lib/domain";
import { recordAudits } from "./audit";
import { recomputeEvaluations } from "./evaluation/recompute";
import { notifyFiguresReturned } from "./notifications/events";
import { figureSnapshot, figureViewSelect, type FigureStatus } from "./figure-view";
import { updateFiguresAtVersions } from "./figure-versions";
import { loadByIdChunks } from "./id-lists";
import { failure, invalidField, success, type Result } from "@/lib/result";
import { abort, transaction } from "./transaction";
import { reviewWhere, type ReviewFilter } from "./review-list";
import { regionInScope } from "./scope";

export interface ReviewTarget {
  id: number;
  version: number;
}

type ReviewAction = "approve" | "return" | "reopen";

const FROM_STATUS: Record<ReviewAction, FigureStatus> = { approve: "SUBMITTED", return: "SUBMITTED", reopen: "APPROVED" };
const TO_STATUS: Record<ReviewAction, FigureStatus> = { approve: "APPROVED", return: "RETURNED", reopen: "RETURNED" };

const reviewedSelect = { ...figureViewSelect, indicator: { select: { code: true } }, region: { select: { code: true, path: true } } } as const;
type ReviewedFigure = Prisma.FigureGetPayload<{ select: typeof reviewedSelect }>;

/** The named figures, in scope, with the versions the reviewer saw; the action's from-status. */
async function loadNamed(tx: DbTransaction, user: SessionUser, action: ReviewAction, items: readonly ReviewTarget[]): Promise<ReviewedFigure[]> {
  const figures = await loadByIdChunks(
    items.map((i) => i.id),
    (ids) => tx.figure.findMany({ where: { id: { in: ids }, region: regionInScope(user) }, select: reviewedSelect }),
  );
  if (figures.length !== items.length) abort("NOT_FOUND", { reason: "figureNotFound" });
  const versions = new Map(items.map((i) => [i.id, i.version]));
  const conflicts = figures.filter((f) => versions.get(f.id) !== f.version || f.status !== FROM_STATUS[action]).map((f) => f.id);
  if (conflicts.length > 0) abort("CONFLICT", { reason: "reviewConflict", conflicts });
  return figures;
}

/** Applies the action to figures just loaded in this transaction: in batches, each figure audited. */
async function applyReview(tx: DbTransaction, user: SessionUser, action: ReviewAction, figures: readonly ReviewedFigure[], comment: string): Promise<number> {
  const quarters = [...new Map(figures.map((f) => [formatPeriod(f), { year: f.year, quarter: f.quarter }])).values()];
  const periods = await tx.reportingPeriod.findMany({ where: { OR: quarters } });
  const closed = figures.find((f) => !periods.some((p) => p.year === f.year && p.quarter === f.quarter && p.isOpen));
  if (closed) abort("LOCKED", { reason: "periodClosed", params: { period: formatPeriod(closed) } });

  const now = new Date();
  const status = TO_STATUS[action];
  const data =
    action === "approve" ? { status, approvedById: user.id, approvedAt: now } : { status, reviewComment: comment, approvedById: null, approvedAt: null };
  const conflicts = await updateFiguresAtVersions(tx, figures, data);
  if (conflicts.length > 0) abort("CONFLICT", { reason: "reviewConflict", conflicts });
  await recordAudits(
    tx,
    user,
    figures.map((f) => {
      const key = { indicator: f.indicator.code, region: f.region.code, period: formatPeriod(f) };
      return {
        action: `figure.${action}`,
        entityType: "Figure",
        entityId: f.id,
        regionPath: f.region.path,
        before: { ...key, ...figureSnapshot(f) },
        after: { ...key, ...figureSnapshot({ ...f, ...data, version: f.version + 1 }) },
      };
    }),
  );
  await recomputeEvaluations(tx, { indicatorIds: [...new Set(figures.map((f) => f.indicatorId))] });
  if (action !== "approve") await notifyFiguresReturned(tx, figures.map((f) => f.id), comment);
  return figures.length;
}

async function review(
  user: SessionUser,
  action: ReviewAction,
  load: (tx: DbTransaction) => Promise<ReviewedFigure[]>,
  comment = "",
): Promise<Result<{ count: number }, { conflicts?: number[] }>> {
  if (!can(user, "figure.review")) return failure("FORBIDDEN", { reason: "cannotReview" });
  if (action !== "approve" && comment.trim().length < 2) return invalidField("comment", action === "return" ? "commentRequired" : "reasonRequired");
  return transaction<{ count: number }, { conflicts?: number[] }>(async (tx) => success({ count: await applyReview(tx, user, action, await load(tx), comment.trim()) }));
}

function named(user: SessionUser, action: ReviewAction, items: readonly ReviewTarget[], comment = "") {
  if (items.length === 0) return Promise.resolve(invalidField("figures", "nothingSelected"));
  return review(user, action, (tx) => loadNamed(tx, user, action, items), comment);
}

/** Approves the figures (one, or a department's whole submission): all or none. */
export const approveFigures = (user: SessionUser, items: readonly ReviewTarget[]) => named(user, "approve", items);
/** Sends a submitted figure back to its department with the reviewer's comment. */
export const returnFigure = (user: SessionUser, item: ReviewTarget, comment: string) => named(user, "return", [item], comment);
/** Unlocks an approved figure: it goes back to the department as returned, with the reason. */
export const reopenFigure = (user: SessionUser, item: ReviewTarget, reason: string) => named(user, "reopen", [item], reason);

/**
 * Approves every submitted figure under the review list's filter (a department's submission for a
 * region subtree, say), all or none, in one statement per few hundred figures. The caller names the
 * count it showed and when it showed it: a figure submitted, changed or withdrawn since is a conflict.
 */
export async function approveMatchingFigures(user: SessionUser, filter: Omit<ReviewFilter, "status">, shown: { count: number; at: Date }) {
  const where = await reviewWhere(user, { ...filter, status: "SUBMITTED" });
  if (!where) return failure("NOT_FOUND", { reason: "figureNotFound" });
  return review(user, "approve", async (tx) => {
    const figures = await tx.figure.findMany({ where, select: { ...reviewedSelect, updatedAt: true } });
    if (figures.length === 0) abort("INVALID", { reason: "invalid", fieldErrors: { figures: [{ code: "nothingSelected" }] } });
    const changed = figures.filter((f) => f.updatedAt > shown.at).map((f) => f.id);
    if (figures.length !== shown.count || changed.length > 0) abort("CONFLICT", { reason: "reviewConflict", conflicts: changed });
    return figures;
  });
}

// The office's decisions on cards: issue one by hand, withdraw one (撤销), lift one (销号) by
// confirming a proposal or with a reason. Each checks role and scope, the card's version
// (another office member may have acted meanwhile) and writes an audit event in the same transaction.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DbTransaction } from "@/lib/db-client";
import { failure, success, type Result } from "@/lib/result";
import { WARNINGS_MSG, type CloseCardInput, type IssueCardInput } from "@/lib/validations/warnings";
import { recordAudit } from "../audit";
import { regionInScope } from "../scope";
import { transaction } from "../transaction";
import { canJudgeCard } from "./access";

export async function issueCard(user: SessionUser, input: IssueCardInput): Promise<Result<{ id: number }>> {
  return transaction(async (tx): Promise<Result<{ id: number }>> => {
    const region = await tx.region.findFirst({ where: { code: input.regionCode, ...regionInScope(user) }, select: { id: true, path: true } });
    if (!region) return failure("INVALID", { reason: "invalid", fieldErrors: { regionCode: [{ code: WARNINGS_MSG.regionCode }] } });
    if (!canJudgeCard(user, region.path)) return failure("FORBIDDEN", { reason: "warnings.errors.forbidden" });
    const card = await tx.warningCard.create({
      data: { regionId: region.id, color: input.color, source: "MANUAL", reasonCode: "MANUAL", reason: input.reason, issuedById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, user, {
      action: "warning.issue",
      entityType: "WarningCard",
      entityId: card.id,
      after: { regionCode: input.regionCode, color: input.color, source: "MANUAL", reason: input.reason },
      regionPath: region.path,
    });
    return success(card);
  });
}

type CardForDecision = { id: number; status: string; version: number; region: { path: string } };

async function loadForDecision(tx: DbTransaction, user: SessionUser, cardId: number, version: number): Promise<Result<CardForDecision>> {
  const card = await tx.warningCard.findFirst({ where: { id: cardId, region: regionInScope(user) }, select: { id: true, status: true, version: true, region: { select: { path: true } } } });
  if (!card) return failure("NOT_FOUND", { reason: "warnings.errors.notFound" });
  if (!canJudgeCard(user, card.region.path)) return failure("FORBIDDEN", { reason: "warnings.errors.forbidden" });
  if (card.status !== "OPEN" && card.status !== "LIFT_PROPOSED") return failure("CONFLICT", { reason: "warnings.errors.closed" });
  if (card.version !== version) return failure("CONFLICT", { reason: "warnings.errors.changed" });
  return success(card);
}

async function close(user: SessionUser, input: { cardId: number; version: number; reason: string }, status: "LIFTED" | "WITHDRAWN", needsProposal: boolean) {
  return transaction(async (tx): Promise<Result<{ id: number }>> => {
    const loaded = await loadForDecision(tx, user, input.cardId, input.version);
    if (!loaded.ok) return loaded;
    const card = loaded.data;
    if (needsProposal && card.status !== "LIFT_PROPOSED") return failure("CONFLICT", { reason: "warnings.errors.notProposed" });
    const closedAt = new Date();
    await tx.warningCard.update({
      where: { id: card.id },
      data: { status, closedById: user.id, closedAt, closeReason: input.reason, version: { increment: 1 } },
    });
    await recordAudit(tx, user, {
      action: status === "WITHDRAWN" ? "warning.withdraw" : needsProposal ? "warning.liftConfirm" : "warning.lift",
      entityType: "WarningCard",
      entityId: card.id,
      before: { status: card.status },
      after: { status, closeReason: input.reason },
      regionPath: card.region.path,
    });
    return success({ id: card.id });
  });
}

/** Withdraws a card issued in error, with a reason. */
export function withdrawCard(user: SessionUser, input: CloseCardInput) {
  return close(user, input, "WITHDRAWN", false);
}

/** Lifts a card by the office's decision, with a reason, whether or not its condition is met. */
export function liftCard(user: SessionUser, input: CloseCardInput) {
  return close(user, input, "LIFTED", false);
}

/** Confirms a proposed lifting: the condition (targets recovered, tasks done) was met. */
export function confirmLift(user: SessionUser, input: { cardId: number; version: number }) {
  return close(user, { ...input, reason: "" }, "LIFTED", true);
}

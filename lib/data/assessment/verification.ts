// Verification (审核) by the assessing region's office: item by item verified scores (a reason
// wherever one differs from the self-assessed score), returning a submission with a comment, and
// on-site checks (实地核查 / 抽查). Before publication only; every step audited.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { schemeItems } from "@/lib/domain/assessment";
import { failure, invalidField, type Result } from "@/lib/result";
import type { AssessmentRef, CheckInput, ScoresInput } from "@/lib/validations/assessment-process";
import { recordAudit } from "../audit";
import { requireRole, type ResultContext } from "./access";
import { checkScores, ensureResult, refuseIfPublished } from "./result-rows";

const VERIFIABLE = new Set(["SUBMITTED", "VERIFIED"]);

async function assessingContext(user: SessionUser, ref: AssessmentRef, needsSubmission: boolean): Promise<{ ok: true; data: ResultContext } | ReturnType<typeof failure>> {
  const loaded = await requireRole(user, ref.year, ref.region, "ASSESSING");
  if (!loaded.ok) return loaded;
  const refused = await refuseIfPublished(db, loaded.data.scheme.id);
  if (refused) return refused;
  if (needsSubmission && !VERIFIABLE.has(loaded.data.result?.status ?? "")) return failure("CONFLICT", { reason: "assessment.errors.notSubmitted" });
  return loaded;
}

/** Sets the verified score of every item given; the result becomes VERIFIED. */
export async function verifyScores(user: SessionUser, ref: AssessmentRef, input: ScoresInput): Promise<Result<{ status: string }>> {
  const loaded = await assessingContext(user, ref, true);
  if (!loaded.ok) return loaded;
  const context = loaded.data;
  const resultId = context.result?.id as number;
  const stored = await db.assessmentItemScore.findMany({ where: { resultId }, select: { itemCode: true, computed: true, selfPoints: true, selfReason: true, verifiedPoints: true, verifiedReason: true } });
  const byCode = new Map(stored.map((s) => [s.itemCode, s]));
  // A score confirmed as self-assessed keeps the region's reason when the office gives none.
  input = {
    ...input,
    items: input.items.map((item) => {
      const self = byCode.get(item.code);
      const confirmed = self?.selfPoints !== null && self?.selfPoints !== undefined && Math.abs(self.selfPoints - item.points) < 0.005;
      return item.reason === null && confirmed ? { ...item, reason: self.selfReason } : item;
    }),
  };
  const fieldErrors = checkScores(context, input, (code) => byCode.get(code)?.selfPoints ?? byCode.get(code)?.computed ?? null);
  if (Object.keys(fieldErrors).length > 0) return failure("INVALID", { reason: "invalid", fieldErrors });

  return db.$transaction(async (tx) => {
    for (const item of input.items) {
      const data = { verifiedPoints: item.points, verifiedReason: item.reason };
      await tx.assessmentItemScore.upsert({ where: { resultId_itemCode: { resultId, itemCode: item.code } }, create: { resultId, itemCode: item.code, ...data }, update: data });
    }
    await tx.assessmentResult.update({ where: { id: resultId }, data: { status: "VERIFIED", verifiedById: user.id, verifiedAt: new Date(), version: { increment: 1 } } });
    await recordAudit(tx, user, {
      action: "assessment.verify",
      entityType: "AssessmentResult",
      entityId: resultId,
      before: { status: context.result?.status, items: Object.fromEntries(stored.map((s) => [s.itemCode, { self: s.selfPoints, points: s.verifiedPoints, reason: s.verifiedReason }])) },
      after: { status: "VERIFIED", items: Object.fromEntries(input.items.map((i) => [i.code, { self: byCode.get(i.code)?.selfPoints ?? null, points: i.points, reason: i.reason }])) },
      regionPath: context.region.path,
    });
    return { ok: true as const, data: { status: "VERIFIED" } };
  });
}

/** Sends the self-assessment back to the region with a comment; it can edit and resubmit. */
export async function returnSubmission(user: SessionUser, ref: AssessmentRef, comment: string): Promise<Result<{ status: string }>> {
  const loaded = await assessingContext(user, ref, true);
  if (!loaded.ok) return loaded;
  const { result, region } = loaded.data;
  return db.$transaction(async (tx) => {
    await tx.assessmentResult.update({ where: { id: result?.id }, data: { status: "RETURNED", returnComment: comment, version: { increment: 1 } } });
    await recordAudit(tx, user, {
      action: "assessment.return",
      entityType: "AssessmentResult",
      entityId: result?.id as number,
      before: { status: result?.status, returnComment: result?.returnComment },
      after: { status: "RETURNED", returnComment: comment },
      regionPath: region.path,
    });
    return { ok: true as const, data: { status: "RETURNED" } };
  });
}

/** Records an on-site check of the region (of one item, or overall). */
export async function recordCheck(user: SessionUser, ref: AssessmentRef, input: CheckInput): Promise<Result<{ id: number }>> {
  const loaded = await assessingContext(user, ref, false);
  if (!loaded.ok) return loaded;
  const context = loaded.data;
  if (input.itemCode !== null && !schemeItems(context.scheme.definition).some((item) => item.code === input.itemCode)) return invalidField("itemCode", "assessment.validation.unknownItem");
  return db.$transaction(async (tx) => {
    const resultId = await ensureResult(tx, context);
    const check = await tx.assessmentCheck.create({ data: { resultId, itemCode: input.itemCode, checkedOn: input.checkedOn, findings: input.findings, checkedById: user.id }, select: { id: true } });
    await recordAudit(tx, user, {
      action: "assessment.check",
      entityType: "AssessmentCheck",
      entityId: check.id,
      after: { resultId, itemCode: input.itemCode, checkedOn: input.checkedOn.toISOString().slice(0, 10), findings: input.findings },
      regionPath: context.region.path,
    });
    return { ok: true as const, data: { id: check.id } };
  });
}

// Self-assessment (自评) by the assessed region's office: the computed points are the starting
// point, items that need judgement are scored with a reason, an explanation and evidence files
// are added, and the whole is submitted to the assessing office. Editable while a draft or returned.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { schemeItems } from "@/lib/domain/assessment";
import { failure, type Result } from "@/lib/result";
import type { AssessmentRef, ScoresInput } from "@/lib/validations/assessment-process";
import { recordAudit } from "../audit";
import { saveEvidence, type EvidenceMeta } from "../evidence";
import { requireRole, type ResultContext } from "./access";
import { scoreLive } from "./live";
import { checkScores, computedOf, ensureResult, refuseIfPublished } from "./result-rows";

const EDITABLE = new Set(["DRAFT", "RETURNED"]);

function notEditable(context: ResultContext) {
  return context.result && !EDITABLE.has(context.result.status) ? failure("LOCKED", { reason: "assessment.errors.notEditable" }) : null;
}

/** Saves the region's self-assessed scores and explanation; with `submit`, hands them to the assessing office. */
export async function saveSelfAssessment(user: SessionUser, ref: AssessmentRef, input: ScoresInput, submit: boolean): Promise<Result<{ status: string }>> {
  const loaded = await requireRole(user, ref.year, ref.region, "ASSESSED");
  if (!loaded.ok) return loaded;
  const context = loaded.data;
  const refused = notEditable(context) ?? (await refuseIfPublished(db, context.scheme.id));
  if (refused) return refused;

  const live = await scoreLive(db, context.assessing, context.scheme);
  const own = live.regions.find((r) => r.child.id === context.region.id);
  if (!own) return failure("NOT_FOUND");
  const computed = computedOf(own.score.items);
  const fieldErrors = checkScores(context, input, (code) => computed.get(code)?.computed ?? null);
  if (submit) {
    const given = new Set(input.items.map((i) => i.code));
    for (const group of context.scheme.definition.groups) {
      for (const item of group.items) if (!given.has(item.code)) fieldErrors[`points.${item.code}`] = [{ code: "admin.validation.required" }];
    }
  }
  if (Object.keys(fieldErrors).length > 0) return failure("INVALID", { reason: "invalid", fieldErrors });

  const status = submit ? "SUBMITTED" : "DRAFT";
  return db.$transaction(async (tx) => {
    const resultId = await ensureResult(tx, context);
    const before = await tx.assessmentResult.findUniqueOrThrow({
      where: { id: resultId },
      select: { status: true, explanation: true, items: { select: { itemCode: true, selfPoints: true, selfReason: true } } },
    });
    for (const item of input.items) {
      const c = computed.get(item.code);
      const data = { selfPoints: item.points, selfReason: item.reason, computed: c?.computed ?? null, explanation: c?.explanation ?? "{}" };
      await tx.assessmentItemScore.upsert({ where: { resultId_itemCode: { resultId, itemCode: item.code } }, create: { resultId, itemCode: item.code, ...data }, update: data });
    }
    await tx.assessmentResult.update({
      where: { id: resultId },
      data: {
        status,
        explanation: input.explanation ?? "",
        schemeVersionId: context.scheme.versionId,
        version: { increment: 1 },
        ...(submit ? { submittedById: user.id, submittedAt: new Date(), returnComment: "" } : {}),
      },
    });
    await recordAudit(tx, user, {
      action: submit ? "assessment.self.submit" : "assessment.self.save",
      entityType: "AssessmentResult",
      entityId: resultId,
      before: { status: before.status, explanation: before.explanation, items: Object.fromEntries(before.items.map((i) => [i.itemCode, { points: i.selfPoints, reason: i.selfReason }])) },
      after: { status, explanation: input.explanation ?? "", items: Object.fromEntries(input.items.map((i) => [i.code, { points: i.points, reason: i.reason }])) },
      regionPath: context.region.path,
    });
    return { ok: true as const, data: { status } };
  });
}

/** Adds an evidence file to one item of the region's self-assessment (while it is editable). */
export async function addItemEvidence(user: SessionUser, ref: AssessmentRef, itemCode: string, file: File): Promise<Result<EvidenceMeta>> {
  const loaded = await requireRole(user, ref.year, ref.region, "ASSESSED");
  if (!loaded.ok) return loaded;
  const context = loaded.data;
  const refused = notEditable(context) ?? (await refuseIfPublished(db, context.scheme.id));
  if (refused) return refused;
  if (!schemeItems(context.scheme.definition).some((item) => item.code === itemCode)) return failure("INVALID", { reason: "invalid", fieldErrors: { itemCode: [{ code: "assessment.validation.unknownItem" }] } });
  return db.$transaction(async (tx) => {
    const resultId = await ensureResult(tx, context);
    return saveEvidence(tx, user, file, { resultId, itemCode }, context.region.path);
  });
}

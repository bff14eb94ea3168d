// Appeals (申诉 / 复核): within the scheme's appeal period after the first publication, the assessed
// region's office appeals one item with reasons (and evidence); the assessing office upholds it
// with the corrected score, which publishes a corrected version of the results, or rejects it.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { schemeItems } from "@/lib/domain/assessment";
import { failure, invalidField, type Result } from "@/lib/result";
import type { AppealInput, AssessmentRef, DecisionInput } from "@/lib/validations/assessment-process";
import { recordAudit } from "../audit";
import { saveEvidence } from "../evidence";
import { requireRole } from "./access";
import { correctedResults, republish } from "./publication";
import { loadPublications } from "./published";

/** What a corrected version changes, stored with the publication and put in words by the notice. */
export interface Correction {
  region: string;
  regionName: string;
  item: string;
  itemName: string;
  from: number;
  to: number;
  reason: string;
}

export async function fileAppeal(user: SessionUser, ref: AssessmentRef, input: AppealInput, file: File | null, now = new Date()): Promise<Result<{ id: number }>> {
  const loaded = await requireRole(user, ref.year, ref.region, "ASSESSED");
  if (!loaded.ok) return loaded;
  const { scheme, result, region } = loaded.data;
  const publications = await loadPublications(db, scheme.id);
  const first = publications.at(-1);
  const current = publications[0];
  if (!first || !current || !result) return failure("CONFLICT", { reason: "assessment.errors.notPublished" });
  if (now > first.appealDeadline) return failure("CONFLICT", { reason: "assessment.errors.appealClosed", params: { deadline: first.appealDeadline.toISOString().slice(0, 10) } });
  const item = schemeItems(scheme.definition).find((i) => i.code === input.itemCode);
  if (!item) return invalidField("itemCode", "assessment.validation.unknownItem");
  if (input.requestedPoints !== null && input.requestedPoints > item.points) return invalidField("requestedPoints", "assessment.validation.maxPoints", { max: item.points });
  if (await db.assessmentAppeal.count({ where: { resultId: result.id, itemCode: input.itemCode, status: "PENDING" } })) return invalidField("itemCode", "assessment.errors.appealPending");

  return db.$transaction(async (tx) => {
    const appeal = await tx.assessmentAppeal.create({
      data: { resultId: result.id, publicationId: current.id, itemCode: input.itemCode, reason: input.reason, requestedPoints: input.requestedPoints, filedById: user.id },
      select: { id: true },
    });
    if (file && file.size > 0) {
      const saved = await saveEvidence(tx, user, file, { appealId: appeal.id }, region.path);
      // Refusing the file refuses the appeal with it: nothing is kept half.
      if (!saved.ok) throw new AppealFileRefused(saved);
    }
    await recordAudit(tx, user, {
      action: "assessment.appeal.file",
      entityType: "AssessmentAppeal",
      entityId: appeal.id,
      after: { resultId: result.id, publication: current.version, itemCode: input.itemCode, reason: input.reason, requestedPoints: input.requestedPoints },
      regionPath: region.path,
    });
    return { ok: true as const, data: { id: appeal.id } };
  }).catch((error: unknown) => {
    if (error instanceof AppealFileRefused) return error.failure;
    throw error;
  });
}

class AppealFileRefused extends Error {
  constructor(readonly failure: Exclude<Result<unknown>, { ok: true }>) {
    super("evidence refused");
  }
}

/** Upholds (with the corrected score: a corrected version is published) or rejects an appeal, with a reason. */
export async function decideAppeal(user: SessionUser, ref: AssessmentRef, input: DecisionInput): Promise<Result<{ status: string; version: number | null }>> {
  const loaded = await requireRole(user, ref.year, ref.region, "ASSESSING");
  if (!loaded.ok) return loaded;
  const { scheme, result, region, assessing } = loaded.data;
  const appeal = result ? await db.assessmentAppeal.findFirst({ where: { id: input.appealId, resultId: result.id }, select: { id: true, itemCode: true, status: true } }) : null;
  if (!result || !appeal) return failure("NOT_FOUND");
  if (appeal.status !== "PENDING") return failure("CONFLICT", { reason: "assessment.errors.appealDecided" });
  const item = schemeItems(scheme.definition).find((i) => i.code === appeal.itemCode);
  if (!item) return failure("NOT_FOUND");
  if (input.points !== null && input.points > item.points) return invalidField("points", "assessment.validation.maxPoints", { max: item.points });
  const [current] = await loadPublications(db, scheme.id);
  if (!current) return failure("CONFLICT", { reason: "assessment.errors.notPublished" });
  const published = current.results.regions.find((r) => r.code === region.code)?.score.items.find((i) => i.code === appeal.itemCode);
  const from = published?.points ?? 0;
  const status = input.decision;
  const decidedAt = new Date();

  return db.$transaction(async (tx) => {
    let version: number | null = null;
    let correctedInId: number | null = null;
    if (status === "UPHELD" && input.points !== null) {
      const correction: Correction = { region: region.code, regionName: region.name, item: item.code, itemName: item.name, from, to: input.points, reason: input.reason };
      const data = { verifiedPoints: input.points, verifiedReason: input.reason };
      await tx.assessmentItemScore.upsert({ where: { resultId_itemCode: { resultId: result.id, itemCode: item.code } }, create: { resultId: result.id, itemCode: item.code, ...data }, update: data });
      const results = correctedResults(scheme.definition, current.results, { regionCode: region.code, itemCode: item.code, points: input.points, reason: input.reason });
      const created = await republish(tx, user, { schemeId: scheme.id, schemeVersionId: scheme.versionId, previous: current, results, correction: JSON.stringify(correction), regionPath: assessing.path });
      version = created.version;
      correctedInId = created.id;
    }
    await tx.assessmentAppeal.update({ where: { id: appeal.id }, data: { status, decision: input.reason, decidedById: user.id, decidedAt, correctedInId } });
    await recordAudit(tx, user, {
      action: "assessment.appeal.decide",
      entityType: "AssessmentAppeal",
      entityId: appeal.id,
      before: { status: "PENDING", points: from },
      after: { status, reason: input.reason, points: status === "UPHELD" ? input.points : from, publication: version },
      regionPath: region.path,
    });
    return { ok: true as const, data: { status, version } };
  });
}

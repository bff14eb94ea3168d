// Publication (发布) of the year's results by the assessing office: once every assessed region is
// verified and fully scored, the engine's output is stored as publication version 1, the scheme
// is locked and the results become read-only. An upheld appeal publishes a corrected version that
// changes only the appealed item (every other item keeps its published points).
import "server-only";
import { db } from "@/lib/db";
import type { DbWriter } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { scoreAssessment, type AssessmentScheme, type RegionInput } from "@/lib/domain/assessment";
import { can, isPathInScope } from "@/lib/permissions";
import { failure, type Result } from "@/lib/result";
import { recordAudit } from "../audit";
import { scoreLive } from "./live";
import { loadPublications, serializePublished, type PublishedResults, type StoredPublication } from "./published";
import { loadScheme } from "./scheme";

const DAY_MS = 86_400_000;

const summary = (results: PublishedResults) => results.regions.map((r) => ({ code: r.code, total: r.score.total, grade: r.score.grade, rank: r.score.rank }));

/** Publishes the year's results of the regions below `regionCode`. */
export async function publishAssessment(user: SessionUser, input: { year: number; region: string }, now = new Date()): Promise<Result<{ version: number }>> {
  if (!can(user, "assessment.verify")) return failure("FORBIDDEN", { reason: "assessment.errors.role" });
  const region = await db.region.findUnique({ where: { code: input.region }, select: { id: true, path: true } });
  if (!region || !isPathInScope(user, region.path)) return failure("NOT_FOUND");
  const scheme = await loadScheme(db, region.id, input.year);
  if (!scheme) return failure("NOT_FOUND");
  if ((await loadPublications(db, scheme.id)).length > 0) return failure("CONFLICT", { reason: "assessment.errors.published" });

  const live = await scoreLive(db, region, scheme);
  const unverified = live.regions.filter((r) => r.entered?.status !== "VERIFIED").map((r) => r.child.name);
  if (unverified.length > 0) return failure("CONFLICT", { reason: "assessment.errors.notAllVerified", params: { regions: unverified.join("、") } });
  const open = live.regions.filter((r) => r.score.hasIssues && r.score.items.some((i) => i.issues.includes("SCORE_MISSING"))).map((r) => r.child.name);
  if (open.length > 0) return failure("CONFLICT", { reason: "assessment.errors.hasIssues", params: { regions: open.join("、") } });

  const results: PublishedResults = {
    regions: live.regions.map(({ child, score, selfScore }) => ({ code: child.code, name: child.name, nameEn: child.nameEn, score, selfScore })),
    indicators: live.indicators.map(({ code, name, nameEn, unit }) => ({ code, name, nameEn, unit })),
  };
  return db.$transaction(async (tx) => {
    const publication = await tx.assessmentPublication.create({
      data: { schemeId: scheme.id, version: 1, schemeVersionId: scheme.versionId, results: serializePublished(results), publishedById: user.id, publishedAt: now, appealDeadline: new Date(now.getTime() + scheme.appealDays * DAY_MS) },
      select: { id: true },
    });
    await tx.assessmentScheme.update({ where: { id: scheme.id }, data: { lockedAt: now } });
    await tx.assessmentResult.updateMany({ where: { schemeId: scheme.id }, data: { status: "PUBLISHED" } });
    await recordAudit(tx, user, {
      action: "assessment.publish",
      entityType: "AssessmentPublication",
      entityId: publication.id,
      before: { locked: false },
      after: { year: input.year, version: 1, schemeVersion: scheme.version, locked: true, regions: summary(results) },
      regionPath: region.path,
    });
    return { ok: true as const, data: { version: 1 } };
  });
}

/** The published results with one item of one region corrected: totals, grades and ranks recomputed by the engine. */
export function correctedResults(definition: AssessmentScheme, previous: PublishedResults, correction: { regionCode: string; itemCode: string; points: number; reason: string }): PublishedResults {
  // Every item given at its published points, so that nothing but the correction moves.
  const inputs: RegionInput[] = previous.regions.map((r) => ({
    regionCode: r.code,
    indicators: {},
    counters: {},
    vetoes: r.score.vetoes,
    given: Object.fromEntries(
      r.score.items.map((item) => [
        item.code,
        r.code === correction.regionCode && item.code === correction.itemCode ? { points: correction.points, reason: correction.reason } : { points: item.points, reason: item.given?.reason ?? null },
      ]),
    ),
  }));
  const rescored = scoreAssessment(definition, inputs);
  return {
    ...previous,
    regions: previous.regions.map((r, i) => {
      const next = rescored[i];
      if (!next) return r;
      // Keep each item's computation as published; only the corrected item's points and reason change.
      const items = r.score.items.map((item) => {
        const changed = next.items.find((n) => n.code === item.code);
        return changed && r.code === correction.regionCode && item.code === correction.itemCode ? { ...item, points: changed.points, given: changed.given } : item;
      });
      return { ...r, score: { ...next, items, hasIssues: r.score.hasIssues } };
    }),
  };
}

/** Stores the next publication version (the caller's transaction); the appeal deadline stays the first one's. */
export async function republish(tx: DbWriter, user: SessionUser, input: { schemeId: number; schemeVersionId: number; previous: StoredPublication; results: PublishedResults; correction: string; regionPath: string }) {
  const version = input.previous.version + 1;
  const created = await tx.assessmentPublication.create({
    data: { schemeId: input.schemeId, version, schemeVersionId: input.schemeVersionId, results: serializePublished(input.results), correction: input.correction, publishedById: user.id, appealDeadline: input.previous.appealDeadline },
    select: { id: true },
  });
  await recordAudit(tx, user, {
    action: "assessment.republish",
    entityType: "AssessmentPublication",
    entityId: created.id,
    before: { version: input.previous.version, regions: summary(input.previous.results) },
    after: { version, correction: input.correction, regions: summary(input.results) },
    regionPath: input.regionPath,
  });
  return { id: created.id, version };
}

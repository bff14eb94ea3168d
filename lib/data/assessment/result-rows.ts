// Writing one region's result rows: the result itself (created on first use, with the scheme's
// current version) and its item scores, and the checks shared by the steps that write them.
import "server-only";
import type { DbWriter } from "@/lib/db-client";
import type { ItemScore } from "@/lib/domain/assessment";
import { schemeItems } from "@/lib/domain/assessment";
import { failure, type FieldErrors, type Failure } from "@/lib/result";
import type { ScoresInput } from "@/lib/validations/assessment-process";
import type { ResultContext } from "./access";

/** The result's id, creating an empty draft the first time. */
export async function ensureResult(tx: DbWriter, context: ResultContext): Promise<number> {
  if (context.result) return context.result.id;
  const created = await tx.assessmentResult.create({
    data: { schemeId: context.scheme.id, schemeVersionId: context.scheme.versionId, regionId: context.region.id },
    select: { id: true },
  });
  return created.id;
}

/** Published results are read-only: every step before publication refuses once there is one. */
export async function refuseIfPublished(tx: DbWriter, schemeId: number): Promise<Failure | null> {
  const published = await tx.assessmentPublication.count({ where: { schemeId } });
  return published > 0 ? failure("LOCKED", { reason: "assessment.errors.published" }) : null;
}

const SAME = 0.005;

/**
 * Field errors of a set of given scores: unknown items, scores above the item's points, scores that
 * are not one of a manual item's levels, and a missing reason where the score differs from the
 * reference (the computed points for a self-assessment, the self-assessed score for verification;
 * a manual item always needs one).
 */
export function checkScores(context: ResultContext, input: ScoresInput, reference: (code: string) => number | null): FieldErrors {
  const items = new Map(schemeItems(context.scheme.definition).map((item) => [item.code, item]));
  const errors: FieldErrors = {};
  for (const given of input.items) {
    const item = items.get(given.code);
    if (!item) {
      errors[`points.${given.code}`] = [{ code: "assessment.validation.unknownItem" }];
      continue;
    }
    const { rule } = item;
    if (given.points > item.points + 1e-9) {
      errors[`points.${given.code}`] = [{ code: "assessment.validation.maxPoints", params: { max: item.points } }];
    } else if (rule.kind === "manual" && rule.levels !== null && !rule.levels.some((level) => Math.abs(level * item.points - given.points) < SAME)) {
      errors[`points.${given.code}`] = [{ code: "assessment.validation.level", params: { levels: rule.levels.map((l) => Math.round(l * item.points * 100) / 100).join(" / ") } }];
    }
    const ref = reference(given.code);
    const differs = rule.kind === "manual" || ref === null || Math.abs(ref - given.points) >= SAME;
    if (differs && !given.reason) errors[`reason.${given.code}`] = [{ code: "assessment.validation.reasonRequired" }];
  }
  return errors;
}

/** The computed points and explanation of every item, as stored beside the given scores. */
export function computedOf(items: readonly ItemScore[]): Map<string, { computed: number | null; explanation: string }> {
  return new Map(items.map((i) => [i.code, { computed: i.computed, explanation: JSON.stringify(i.explanation) }]));
}

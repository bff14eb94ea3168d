// The analysis of a policy document's text for review: candidate targets with suggested indicators
// and departments, the plan's metadata and the region the document is about. Pure, so that it can
// run in a worker thread (lib/workers/analysis-worker.ts) with nothing but its inputs.
import { extractTargets } from "../extract";
import type { DepartmentLike } from "./department-match";
import type { IndicatorLike } from "./indicator-match";
import { guessPlanMeta, guessRegionId } from "./plan-meta";
import { prepareCandidates } from "./review";

export interface AnalysisReferences {
  indicators: IndicatorLike[];
  departments: DepartmentLike[];
  /** The regions the document may be about (the caller's scope). */
  regions: { id: number; name: string }[];
}

export function analyseText(text: string, refs: AnalysisReferences) {
  const extracted = extractTargets(text);
  const meta = guessPlanMeta(text, extracted.map((t) => t.year));
  return {
    candidates: prepareCandidates(text, extracted, refs),
    meta,
    regionId: guessRegionId(meta, refs.regions),
  };
}

export type DocumentAnalysis = ReturnType<typeof analyseText>;

// The import review screen's editable state, and how it becomes the import payload. Everything is kept
// as the strings the inputs hold; the server's schema parses and checks them.
import { suggestIndicators, type IndicatorLike } from "@/lib/domain/plan-import/indicator-match";
import { newIndicatorDefaults, MODEL_COMPARATOR, type ReviewCandidate } from "@/lib/domain/plan-import/review";
import { extractTargets } from "@/lib/domain/extract";
import type { PlanMetaGuess } from "@/lib/domain/plan-import/plan-meta";
import { issueCodes, type FieldErrors } from "@/lib/result";

export const NEW_INDICATOR = "new";

export interface CandidateState {
  key: string;
  accepted: boolean;
  quote: string;
  start: number;
  end: number;
  indicatorPhrase: string;
  scope: string | null;
  aspirational: boolean;
  valueMax: number | null;
  unit: string;
  yearFromText: boolean;
  leadNames: string[];
  supportNames: string[];
  unmatchedDepartments: string[];
  suggestions: { id: number; score: number }[];
  /** "" (not chosen), NEW_INDICATOR, or an indicator id. */
  indicatorChoice: string;
  newIndicator: { name: string; unit: string; kind: string; direction: string; decimals: string };
  comparator: string;
  value: string;
  deadlineYear: string;
  measure: string;
  isMaintain: boolean;
  area: string;
  regionId: string;
  leadDepartmentId: string;
  supportDepartmentIds: number[];
  weight: string;
}

export interface PlanState {
  mode: "new" | "existing";
  planId: string;
  title: string;
  docNumber: string;
  issuer: string;
  issuingRegionId: string;
  issueDate: string;
  periodStart: string;
  deadline: string;
}

export function initialPlan(meta: PlanMetaGuess, regionId: string, existingPlanId: string | null): PlanState {
  return {
    mode: existingPlanId ? "existing" : "new",
    planId: existingPlanId ?? "",
    title: meta.title ?? "",
    docNumber: meta.docNumber ?? "",
    issuer: meta.issuer ?? "",
    issuingRegionId: regionId,
    issueDate: meta.issueDate ?? "",
    periodStart: meta.periodStart ?? "",
    deadline: meta.deadline ?? "",
  };
}

export function candidateState(c: ReviewCandidate, key: string, defaults: { regionId: string; year: number }): CandidateState {
  return {
    key,
    accepted: true,
    quote: c.quote,
    start: c.start,
    end: c.end,
    indicatorPhrase: c.indicatorPhrase,
    scope: c.scope,
    aspirational: c.aspirational,
    valueMax: c.valueMax,
    unit: c.unit,
    yearFromText: c.year !== null,
    leadNames: c.leadNames,
    supportNames: c.supportNames,
    unmatchedDepartments: c.unmatchedDepartments,
    suggestions: c.suggestions,
    indicatorChoice: c.indicatorId !== null ? String(c.indicatorId) : NEW_INDICATOR,
    newIndicator: { ...c.newIndicator, decimals: String(c.newIndicator.decimals) },
    comparator: c.comparator,
    value: String(c.value),
    deadlineYear: String(c.year ?? defaults.year),
    measure: c.measure,
    isMaintain: c.isMaintain,
    area: c.area ?? "",
    regionId: defaults.regionId,
    leadDepartmentId: c.leadDepartmentId !== null ? String(c.leadDepartmentId) : "",
    supportDepartmentIds: c.supportDepartmentIds,
    weight: "1",
  };
}

/** A candidate for a passage the extractor missed: prefilled from the extractor if it finds a number there. */
export function manualCandidate(text: string, start: number, end: number, key: string, indicators: readonly IndicatorLike[], defaults: { regionId: string; year: number }): CandidateState {
  const quote = text.slice(start, end);
  const found = extractTargets(quote)[0];
  const base: ReviewCandidate = {
    quote,
    start,
    end,
    indicatorPhrase: found?.indicator ?? quote.slice(0, 40),
    comparator: found ? MODEL_COMPARATOR[found.comparator] : "GTE",
    value: found?.value ?? 0,
    valueMax: found?.valueMax ?? null,
    unit: found?.unit ?? "",
    year: found?.year ?? null,
    scope: found?.scope ?? null,
    measure: found?.measure ?? "LEVEL",
    isMaintain: found?.isMaintain ?? false,
    aspirational: found?.aspirational ?? false,
    leadNames: [],
    supportNames: [],
    leadDepartmentId: null,
    supportDepartmentIds: [],
    unmatchedDepartments: [],
    suggestions: found ? suggestIndicators(found.indicator, found.unit, indicators) : [],
    indicatorId: null,
    newIndicator: newIndicatorDefaults(found ?? { indicator: quote.slice(0, 40), unit: "", measure: "LEVEL", comparator: ">=", value: 0 }),
    area: null,
  };
  const state = candidateState(base, key, defaults);
  return { ...state, value: found ? state.value : "", indicatorChoice: "" };
}

export function buildPayload(text: string, plan: PlanState, candidates: readonly CandidateState[]) {
  const accepted = candidates.filter((c) => c.accepted);
  const planPayload =
    plan.mode === "existing"
      ? { mode: "existing", planId: plan.planId }
      : {
          mode: "new",
          title: plan.title,
          docNumber: plan.docNumber,
          issuer: plan.issuer,
          issuingRegionId: plan.issuingRegionId,
          issueDate: plan.issueDate,
          periodStart: plan.periodStart,
          deadline: plan.deadline,
        };
  const targets = accepted.map((c) => ({
    quote: c.quote,
    indicator: c.indicatorChoice === NEW_INDICATOR ? { mode: "new", code: "", ...c.newIndicator } : c.indicatorChoice === "" ? undefined : { mode: "existing", indicatorId: c.indicatorChoice },
    area: c.area,
    regionId: c.regionId,
    comparator: c.comparator,
    targetValue: c.value,
    deadlineYear: c.deadlineYear,
    measure: c.measure,
    isMaintain: c.isMaintain,
    leadDepartmentId: c.leadDepartmentId,
    supportDepartmentIds: c.supportDepartmentIds.filter((id) => String(id) !== c.leadDepartmentId),
    weight: c.weight,
  }));
  return { payload: { sourceText: text, plan: planPayload, targets }, keys: accepted.map((c) => c.key) };
}

/** Message keys by field, as the import's cards show them. */
export type FieldMessages = Record<string, string[]>;

/** Splits the server's field messages into plan fields, per-candidate fields and the rest. */
export function routeErrors(fieldErrors: FieldErrors, keys: readonly string[]) {
  const plan: FieldMessages = {};
  const byCandidate: Record<string, FieldMessages> = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(issueCodes(fieldErrors))) {
    const target = /^targets\.(\d+)\.(.+)$/.exec(path);
    if (target) {
      const key = keys[Number(target[1])];
      const field = (target[2] ?? "").startsWith("indicator") ? "indicator" : (target[2] ?? "");
      if (key !== undefined) ((byCandidate[key] ??= {})[field] ??= []).push(...messages);
      continue;
    }
    if (path.startsWith("plan.")) (plan[path.slice(5)] ??= []).push(...messages);
    else if (path === "plan") (plan.planId ??= []).push(...messages);
    else other.push(...messages);
  }
  return { plan, byCandidate, other };
}

// Turns the extractor's findings into review candidates: model comparators, suggested indicators,
// matched departments, a task area, and defaults for a new indicator where none fits.
import type { ExtractedTarget } from "../extract";
import { areaAt, findHeadings } from "./area";
import { matchDepartments, type DepartmentLike } from "./department-match";
import { suggestIndicators, type IndicatorLike, type IndicatorSuggestion } from "./indicator-match";

export type ModelComparator = "GTE" | "LTE" | "EQ" | "GT" | "LT";
export type IndicatorKind = "RATE" | "STOCK" | "FLOW";
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";

export const MODEL_COMPARATOR: Readonly<Record<ExtractedTarget["comparator"], ModelComparator>> = {
  ">=": "GTE",
  "<=": "LTE",
  "=": "EQ",
  ">": "GT",
  "<": "LT",
};

/** A suggestion this close is taken as the mapping; below it the reviewer chooses. */
export const AUTO_MATCH_SCORE = 0.8;

export interface NewIndicatorDefaults {
  name: string;
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  decimals: number;
}

export interface ReviewCandidate {
  quote: string;
  start: number;
  end: number;
  indicatorPhrase: string;
  comparator: ModelComparator;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  scope: string | null;
  measure: ExtractedTarget["measure"];
  isMaintain: boolean;
  aspirational: boolean;
  leadNames: string[];
  supportNames: string[];
  leadDepartmentId: number | null;
  supportDepartmentIds: number[];
  /** Department names from the document that match no department. */
  unmatchedDepartments: string[];
  suggestions: IndicatorSuggestion[];
  /** The suggested indicator when it is close enough, else null (create or choose). */
  indicatorId: number | null;
  newIndicator: NewIndicatorDefaults;
  area: string | null;
}

function decimalsOf(value: number, unit: string): number {
  const fraction = String(value).split(".")[1]?.length ?? 0;
  return Math.min(4, Math.max(fraction, unit === "%" || unit === "‰" ? 1 : 0));
}

/** How a new indicator for this target would be measured, from its unit, measure and comparator. */
export function newIndicatorDefaults(target: Pick<ExtractedTarget, "indicator" | "unit" | "measure" | "comparator" | "value">): NewIndicatorDefaults {
  const isRatio = target.unit === "%" || target.unit === "‰";
  return {
    name: target.indicator.trim().slice(0, 80),
    unit: target.unit || "个",
    kind: isRatio ? "RATE" : target.measure === "LEVEL" ? "STOCK" : "FLOW",
    direction: target.comparator === "<=" || target.comparator === "<" ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
    decimals: decimalsOf(target.value, target.unit),
  };
}

export function prepareCandidates(
  text: string,
  extracted: readonly ExtractedTarget[],
  refs: { indicators: readonly IndicatorLike[]; departments: readonly DepartmentLike[] },
): ReviewCandidate[] {
  const headings = findHeadings(text);
  return extracted.map((t) => {
    const lead = matchDepartments(t.leadDepartments, refs.departments);
    const support = matchDepartments(t.supportDepartments, refs.departments);
    const leadDepartmentId = lead.matched[0]?.id ?? null;
    // Further lead departments co-lead: the model has one lead, so they count as supporting.
    const supportDepartmentIds = [...new Set([...lead.matched.slice(1), ...support.matched].map((d) => d.id))].filter((id) => id !== leadDepartmentId);
    const suggestions = suggestIndicators(t.indicator, t.unit, refs.indicators);
    const best = suggestions[0];
    return {
      quote: t.quote,
      start: t.start,
      end: t.end,
      indicatorPhrase: t.indicator,
      comparator: MODEL_COMPARATOR[t.comparator],
      value: t.value,
      valueMax: t.valueMax,
      unit: t.unit,
      year: t.year,
      scope: t.scope,
      measure: t.measure,
      isMaintain: t.isMaintain,
      aspirational: t.aspirational,
      leadNames: t.leadDepartments,
      supportNames: t.supportDepartments,
      leadDepartmentId,
      supportDepartmentIds,
      unmatchedDepartments: [...lead.unmatched, ...support.unmatched],
      suggestions,
      indicatorId: best && best.score >= AUTO_MATCH_SCORE ? best.id : null,
      newIndicator: newIndicatorDefaults(t),
      area: areaAt(headings, t.start),
    };
  });
}

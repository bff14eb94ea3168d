// Targets of the province plan at every region: a county's from its profile, a city's and the
// province's from their children (counts summed, rates inherited with the pooled baseline), as a
// cascaded plan would set them. Only the province's targets quote a sentence of the plan text.
import type { SeedTarget } from "../types";
import { AREAS, type IndicatorSpec } from "./indicators";
import { BASELINE_YEAR } from "./params";
import { roundTo, type SeriesProfile } from "./profiles";

interface Level {
  baseline: number | null;
  target: number;
  /** RATE: the weight of this region in a pooled rate (its typical denominator). */
  weight: number;
}

export function combineLevels(spec: IndicatorSpec, parts: readonly Level[]): Level {
  if (spec.kind === "RATE") {
    const active = parts.filter((p) => p.weight > 0 && p.baseline !== null);
    const weight = active.reduce((s, p) => s + p.weight, 0);
    const baseline = weight > 0 ? active.reduce((s, p) => s + (p.baseline ?? 0) * p.weight, 0) / weight : null;
    return { baseline: baseline === null ? null : roundTo(baseline, spec.decimals), target: spec.goal, weight };
  }
  return {
    baseline: roundTo(parts.reduce((s, p) => s + (p.baseline ?? 0), 0), spec.decimals),
    target: roundTo(parts.reduce((s, p) => s + p.target, 0), spec.decimals),
    weight: 0,
  };
}

export function countyLevel(profile: SeriesProfile): Level {
  const spec = profile.indicator;
  if (spec.kind === "RATE") return { baseline: profile.denominator > 0 ? profile.baseline : null, target: profile.target, weight: profile.denominator };
  return { baseline: spec.measure === "CUMULATIVE" ? 0 : profile.baseline, target: profile.target, weight: 0 };
}

const AREA_NAMES = new Map(AREAS.map((a) => [a.key, a.name]));

function formatValue(spec: IndicatorSpec, value: number): string {
  return spec.unit === "%" ? `${value}%` : `${value}${spec.unit}`;
}

/** The plan sentence that sets the province's target for this indicator. */
export function targetSentence(spec: IndicatorSpec, target: number): string {
  const by = `到${spec.deadlineYear}年，全省`;
  const value = formatValue(spec, target);
  if (spec.isMaintain) return `${by}${spec.name}稳定在${value}以上。`;
  if (spec.kind === "FLOW" && spec.measure === "CUMULATIVE") return `规划期内，全省累计${spec.name.replace(/数$/, "")}${value}以上。`;
  const year = spec.kind === "FLOW" ? "年度" : "";
  return spec.direction === "LOWER_IS_BETTER"
    ? `${by}${year}${spec.name}控制在${value}以内。`
    : `${by}${year}${spec.name}达到${value}以上。`;
}

export function toSeedTarget(spec: IndicatorSpec, regionCode: string, level: Level, sentence: string): SeedTarget {
  return {
    indicatorCode: spec.code,
    regionCode,
    area: AREA_NAMES.get(spec.area) ?? spec.area,
    comparator: spec.direction === "LOWER_IS_BETTER" ? "LTE" : "GTE",
    targetValue: level.target,
    baselineValue: level.baseline,
    baselinePeriod: level.baseline === null ? null : String(BASELINE_YEAR),
    deadlineYear: spec.deadlineYear,
    measure: spec.measure,
    isMaintain: spec.isMaintain,
    leadDepartmentCode: spec.department,
    supportDepartmentCodes: spec.supporters,
    weight: 1,
    sourceSentence: sentence,
  };
}

// Small builders for assessment tests: facts, regions and one-item schemes.
import type {
  AssessmentScheme,
  IndicatorFacts,
  RegionInput,
  Rule,
  SchemeItem,
  TargetFacts,
} from "@/lib/domain/assessment";
import { DEFAULT_GRADE_BANDS } from "@/lib/domain/assessment";
import type { RuleContext } from "@/lib/domain/assessment";

export function target(overrides: Partial<TargetFacts> = {}): TargetFacts {
  return {
    area: "产品质量",
    status: "ACHIEVED",
    value: 95,
    targetValue: 95,
    comparator: "GTE",
    baseline: 90,
    weight: 1,
    ...overrides,
  };
}

export function indicator(overrides: Partial<IndicatorFacts> = {}): IndicatorFacts {
  return { direction: "HIGHER_IS_BETTER", yearValue: null, lastYearValue: null, target: null, ...overrides };
}

export function region(regionCode: string, overrides: Partial<Omit<RegionInput, "regionCode">> = {}): RegionInput {
  return { regionCode, indicators: {}, counters: {}, given: {}, vetoes: [], ...overrides };
}

export function item(code: string, points: number, rule: Rule): SchemeItem {
  return { code, name: code, points, department: null, evidence: null, rule };
}

/** A scheme of main items in one group whose points make the total. */
export function scheme(items: SchemeItem[], extra: Partial<AssessmentScheme> = {}): AssessmentScheme {
  const total = items.reduce((sum, i) => sum + i.points, 0);
  return {
    name: "测试方案",
    total,
    groups: [{ code: "G1", name: "一级", points: total, items }],
    bonus: { cap: 0, items: [] },
    deductions: { cap: 0, items: [] },
    vetoes: [],
    grades: DEFAULT_GRADE_BANDS.map((band) => ({ ...band })),
    ...extra,
  };
}

/** A rule context for one region, with a fixed rank answer. */
export function context(input: RegionInput, rank: { rank: number | null; of: number } = { rank: null, of: 0 }): RuleContext {
  return { region: input, rankOf: () => rank };
}

/** One region with one indicator's facts. */
export function withIndicator(code: string, facts: IndicatorFacts): RegionInput {
  return region("450602", { indicators: { [code]: facts } });
}

// Turns a stored target into the domain's TargetSpec (the one mapping used by every computation).
import { deadlineIndexOf, parseYearOrPeriod, periodIndex, periodIndexOfDate, type TargetSpec } from "@/lib/domain";
import { targetRuleSelect } from "../target-fields";

export const targetSpecSelect = {
  ...targetRuleSelect,
  indicator: { select: { kind: true, direction: true } },
  plan: { select: { periodStart: true } },
} as const;

export interface StoredTargetSpec {
  comparator: TargetSpec["comparator"];
  targetValue: number;
  baselineValue: number | null;
  baselinePeriod: string | null;
  deadlineYear: number;
  deadlineQuarter: number | null;
  measure: TargetSpec["measure"];
  isMaintain: boolean;
  indicator: { kind: TargetSpec["kind"]; direction: TargetSpec["direction"] };
  plan: { periodStart: Date };
}

/** Plan dates are calendar dates in China: read them on Beijing time. */
const BEIJING_OFFSET_MINUTES = 480;

export function toTargetSpec(t: StoredTargetSpec): TargetSpec {
  const planStartIndex = periodIndexOfDate(t.plan.periodStart, BEIJING_OFFSET_MINUTES);
  const baselinePeriod = t.baselinePeriod ? parseYearOrPeriod(t.baselinePeriod) : null;
  return {
    kind: t.indicator.kind,
    direction: t.indicator.direction,
    measure: t.measure,
    comparator: t.comparator,
    targetValue: t.targetValue,
    baselineValue: t.baselineValue,
    startIndex: baselinePeriod ? periodIndex(baselinePeriod) : planStartIndex,
    planStartIndex,
    deadlineIndex: deadlineIndexOf(t.deadlineYear, t.deadlineQuarter),
    isMaintain: t.isMaintain,
  };
}

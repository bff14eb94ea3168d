// A stored target as the domain's TargetSpec, shared by the cached evaluations and the entry checks.
import { deadlineIndexOf, parseYearOrPeriod, periodIndex, periodIndexOfDate, type TargetSpec } from "@/lib/domain";

export const targetSpecSelect = {
  id: true,
  indicatorId: true,
  regionId: true,
  comparator: true,
  targetValue: true,
  baselineValue: true,
  baselinePeriod: true,
  deadlineYear: true,
  deadlineQuarter: true,
  measure: true,
  isMaintain: true,
  indicator: { select: { kind: true, direction: true } },
  region: { select: { path: true } },
  plan: { select: { periodStart: true } },
} as const;

export interface TargetSpecRow {
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

export function targetSpecOf(t: TargetSpecRow): TargetSpec {
  const planStartIndex = periodIndexOfDate(t.plan.periodStart, 480);
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

// The columns of a stored target, selected the same way wherever a target is read.

/** What a target states: comparator, target and baseline values, deadline, measure. */
export const targetRuleSelect = {
  comparator: true,
  targetValue: true,
  baselineValue: true,
  baselinePeriod: true,
  deadlineYear: true,
  deadlineQuarter: true,
  measure: true,
  isMaintain: true,
} as const;

/** A target with its keys (plan, area, indicator, region), rule, lead department, weight and source. */
export const targetSelect = {
  id: true,
  planId: true,
  areaId: true,
  indicatorId: true,
  regionId: true,
  ...targetRuleSelect,
  leadDepartmentId: true,
  weight: true,
  sourceSentence: true,
} as const;

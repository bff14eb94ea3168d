// The enum values of the data model, for forms and schemas (the generated client stays in lib/data).
export const ROLES = ["ADMIN", "OFFICE", "LEADERSHIP", "DEPARTMENT", "VIEWER"] as const;
export const REGION_LEVELS = ["NATION", "PROVINCE", "CITY", "COUNTY", "TOWNSHIP"] as const;
export const INDICATOR_KINDS = ["RATE", "STOCK", "FLOW"] as const;
export const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export const COMPARATORS = ["GTE", "LTE", "EQ", "GT", "LT"] as const;
export const MEASURES = ["LEVEL", "CUMULATIVE", "ANNUAL"] as const;

export type RegionLevelValue = (typeof REGION_LEVELS)[number];
export type IndicatorKindValue = (typeof INDICATOR_KINDS)[number];
export type DirectionValue = (typeof DIRECTIONS)[number];
export type ComparatorValue = (typeof COMPARATORS)[number];
export type MeasureValue = (typeof MEASURES)[number];

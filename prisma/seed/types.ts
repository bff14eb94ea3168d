// Plain data shapes for the demo seed: the transcribed policy documents and the synthetic figures.
// Codes link records; prisma/seed.ts resolves them to ids when it writes the database.

export type RegionLevel = "PROVINCE" | "CITY" | "COUNTY" | "TOWNSHIP";
export type IndicatorKind = "RATE" | "STOCK" | "FLOW";
export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type Comparator = "GTE" | "LTE" | "EQ" | "GT" | "LT";
export type Measure = "LEVEL" | "CUMULATIVE" | "ANNUAL";

export interface SeedRegion {
  /** 6-digit division code (GB/T 2260), e.g. "450681". */
  code: string;
  name: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface SeedDepartment {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
}

export interface SeedIndicator {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  decimals: number;
  definition: string;
}

export interface SeedTarget {
  indicatorCode: string;
  regionCode: string;
  /** Name of one of the plan's areas. */
  area: string;
  comparator: Comparator;
  targetValue: number;
  baselineValue: number | null;
  /** "2016" or "2016Q4". */
  baselinePeriod: string | null;
  deadlineYear: number;
  measure: Measure;
  isMaintain: boolean;
  leadDepartmentCode: string | null;
  supportDepartmentCodes: string[];
  weight: number;
  /** Exact substring of the plan's source text. */
  sourceSentence: string;
}

export interface SeedPlan {
  title: string;
  docNumber: string | null;
  issuer: string;
  issuingRegionCode: string;
  /** ISO dates, "2017-06-13". */
  issueDate: string | null;
  periodStart: string;
  deadline: string;
  /** File name under prisma/seed/documents/. */
  documentFile: string;
  stages: { name: string; startDate: string; endDate: string }[];
  areas: { name: string; nameEn: string }[];
  targets: SeedTarget[];
}

export interface SeedResponsibility {
  departmentCode: string;
  indicatorCode: string;
  regionCode: string;
}

export type SeedFigureStatus = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

export interface SeedFigure {
  indicatorCode: string;
  regionCode: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  status: SeedFigureStatus;
  departmentCode: string | null;
}

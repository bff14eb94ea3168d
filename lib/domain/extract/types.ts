// Public and internal types of the rule-based target extractor.

export type Comparator = ">=" | "<=" | "=" | ">" | "<";
export type Measure = "LEVEL" | "CUMULATIVE" | "ANNUAL";

/** One numeric target found in a policy document. Offsets refer to the original input text. */
export interface ExtractedTarget {
  /** Exact substring of the original input text. */
  quote: string;
  start: number;
  end: number;
  /** The indicator phrase, e.g. "制造业产品质量监督抽查合格率" (slice of the original text). */
  indicator: string;
  comparator: Comparator;
  value: number;
  /** Upper end of a range such as "2-3个"; null otherwise. */
  valueMax: number | null;
  unit: string;
  /** Deadline year, or null when the document does not state one. */
  year: number | null;
  /** Region or population the target applies to ("全市", "每个县(市、区)", "规模以上企业"). */
  scope: string | null;
  measure: Measure;
  /** 稳定在 / 保持: the value must be maintained rather than reached. */
  isMaintain: boolean;
  /** 力争 / 争取 / 争创 / 努力: a stretch goal. */
  aspirational: boolean;
  leadDepartments: string[];
  supportDepartments: string[];
}

/** A half-open character range [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A paragraph of the document (one or more physical lines). */
export interface Paragraph extends Span {
  /** 1 = "一、", 2 = "(一)", 3 = "1.", 4 = "(1)"; 0 when the paragraph is not a heading. */
  headingLevel: number;
  /** A short heading, a lead-in ending with a colon, or a paragraph opening with a deadline:
   *  its deadline carries over to the following paragraphs of its section. */
  carriesContext: boolean;
}

/** A number with its unit and comparator suffix, as found in the normalised text. */
export interface ValueMatch extends Span {
  /** The number, or the lower end of a range. */
  value: number;
  valueMax: number | null;
  unit: string;
  /** "以上", "以下", "以内", "左右" … or "" when absent. */
  suffix: string;
}

/** Departments named by a marker such as "(牵头单位:…;配合单位:…)". */
export interface DepartmentMarker extends Span {
  lead: string[];
  support: string[];
}

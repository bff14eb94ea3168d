// Comparator, measure and flags of a target, and the test for baseline statements.
import { ASPIRATION_WORDS, BASELINE_WORDS, FUTURE_WORDS, MAINTAIN_WORDS } from "./lexicon";
import type { Comparator, Measure } from "./types";

const AT_LEAST = ["不低于", "不少于", "不小于", "至少"];
const AT_MOST = ["不超过", "不高于", "不大于", "控制在", "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "压降至", "压减至", "降至", "降到", "减至"];
const BELOW = ["低于", "少于"];
const ABOVE = ["高于", "超过", "多于"];

/** Comparator from the suffix after the value and the link verb before it. */
export function comparatorFor(suffix: string, linkVerb: string, value: number, unit: string): Comparator {
  if (BELOW.includes(linkVerb)) return "<";
  if (suffix === "以下" || suffix === "以内" || suffix === "之内") return "<=";
  if (AT_MOST.includes(linkVerb)) return "<=";
  if (suffix.endsWith("以上") || AT_LEAST.includes(linkVerb)) return ">=";
  if (ABOVE.includes(linkVerb)) return ">";
  if (value === 100 && unit === "%") return "=";
  return ">=";
}

export interface Flags {
  annual: boolean;
  cumulative: boolean;
  aspirational: boolean;
  maintain: boolean;
}

export const NO_FLAGS: Flags = { annual: false, cumulative: false, aspirational: false, maintain: false };

/** Flags stated in a stretch of text (the clause before a value, or a sentence's lead). */
export function flagsIn(text: string): Flags {
  return {
    annual: /每年|年均|全年|逐年/u.test(text),
    cumulative: /累计|新增|增加(?!值)/u.test(text),
    aspirational: ASPIRATION_WORDS.some((w) => text.includes(w)),
    maintain: MAINTAIN_WORDS.some((w) => text.includes(w)) || /.定在\s*$/u.test(text),
  };
}

/**
 * Combine a clause's own flags with those inherited from earlier targets of the sentence.
 * "每年" carries over to every later target; 累计/新增 and 力争 carry over only to clauses
 * without a verb of their own ("全市新增名牌30个以上,著名商标50个以上").
 */
export function combineFlags(own: Flags, inherited: Flags, hasOwnVerb: boolean): Flags {
  return {
    annual: own.annual || inherited.annual,
    cumulative: own.cumulative || (!hasOwnVerb && inherited.cumulative),
    aspirational: own.aspirational || (!hasOwnVerb && inherited.aspirational),
    maintain: own.maintain,
  };
}

export function measureOf(flags: Flags): Measure {
  if (flags.annual) return "ANNUAL";
  if (flags.cumulative) return "CUMULATIVE";
  return "LEVEL";
}

/** True when the text before a value describes the past or present rather than a goal. */
export function isBaselineStatement(clause: string, sentenceLead = ""): boolean {
  const text = clause.replace(/在?现有(?:的)?基础上/gu, "");
  // "全市共有企业860家,其中高新技术企业213家": 其中 continues the sentence's description.
  const describes = /^\s*其中/u.test(text) && BASELINE_WORDS.some((w) => sentenceLead.includes(w));
  const past = describes || BASELINE_WORDS.some((w) => text.includes(w)) || /目前|截至|截止/u.test(sentenceLead);
  if (!past) return false;
  return !FUTURE_WORDS.some((w) => text.includes(w));
}

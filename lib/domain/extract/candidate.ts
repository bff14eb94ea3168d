// Turning one value expression into a target candidate: clause, indicator, quote, scope,
// comparator and flags. Works on the normalised, marker-masked text ("work").
import { countVerbBefore, linkVerbBefore, trimObject, trimSubject } from "./indicator";
import { CLAUSE_BREAK, SENTENCE_BREAK, firstBreakAfter, lastBreakBefore } from "./paragraphs";
import { isReportedFigure, isScoringRule } from "./non-targets";
import { NO_FLAGS, comparatorFor, flagsIn, isBaselineStatement, type Flags } from "./qualifiers";
import type { Comparator, Span, ValueMatch } from "./types";

export interface Candidate {
  value: ValueMatch;
  quote: Span;
  indicator: Span;
  scope: Span | null;
  scopeIsRegion: boolean;
  sentenceStart: number;
  comparator: Comparator;
  ownFlags: Flags;
  leadFlags: Flags;
  hasOwnVerb: boolean;
}

export interface CandidateInput {
  work: string;
  paragraph: Span;
  value: ValueMatch;
  /** End of the previous candidate's quote in this paragraph (or the paragraph start). */
  previousEnd: number;
  /** Start of the next value in this paragraph (or the paragraph end). */
  nextStart: number;
}

/** Connectors and item markers left out of the quote. */
const QUOTE_LEAD = /^(?:[\s、,和及与]|\d+[.、](?!\d)|\(\d+\)|[一二三四五六七八九十]+是)*/u;

/** A value directly followed by one of these has its indicator before it. */
const ENDS_TARGET = /^(\s*$|\s*[,;。:、)!?\u0001]|\s*(?:和|及|与|以及|或)(?=\S))/u;

export function buildCandidate(input: CandidateInput): Candidate | null {
  const { work, paragraph, value, previousEnd, nextStart } = input;
  const clauseStart = Math.max(lastBreakBefore(work, paragraph.start, value.start, CLAUSE_BREAK), previousEnd);
  const sentenceStart = lastBreakBefore(work, paragraph.start, value.start, SENTENCE_BREAK);
  const beforeText = work.slice(clauseStart, value.start);
  const sentenceLead = work.slice(sentenceStart, clauseStart);
  if (isBaselineStatement(beforeText, sentenceLead) || isReportedFigure(beforeText, sentenceLead)) return null;
  if (isScoringRule(work.slice(sentenceStart, firstBreakAfter(work, value.end, paragraph.end, SENTENCE_BREAK)))) return null;

  const afterEnd = Math.min(firstBreakAfter(work, value.end, paragraph.end, CLAUSE_BREAK), nextStart);
  const afterText = work.slice(value.end, afterEnd);
  const linkVerb = linkVerbBefore(work, clauseStart, value.start);
  const countVerb = countVerbBefore(work, clauseStart, value.start);
  // Counting verbs open the subject only of counts: in "新建工程竣工验收合格率100%" 新建 is
  // part of the noun, and after a link verb ("新建民用建筑节能达标实现全覆盖") as well.
  const stripVerbs = (linkVerb === "" || countVerb !== "") && value.unit !== "%";
  const subject = trimSubject(work, { start: clauseStart, end: value.start }, stripVerbs);
  const object = trimObject(work, { start: value.end, end: afterEnd });
  const subjectEmpty = subject.span.end <= subject.span.start;
  const objectEmpty = object.end <= object.start;

  let useObject: boolean;
  if (ENDS_TARGET.test(afterText) || objectEmpty) useObject = false;
  else if ((linkVerb !== "" && countVerb === "") || afterText.startsWith("的")) useObject = false;
  else useObject = true;
  if (!useObject && subjectEmpty && !objectEmpty && !afterText.startsWith("的")) useObject = true;
  if (useObject && objectEmpty) useObject = false;
  // "培育年产值10亿元以上企业5家": a value whose object runs straight into the next value,
  // without a list connector, qualifies that value's subject and is not a target itself.
  const runsIntoNext = afterEnd === nextStart && nextStart < paragraph.end && !/[和及、与或]\s*$/u.test(afterText);
  if (useObject && runsIntoNext) return null;

  const indicator = useObject ? object : subject.span;
  const quoteStart = clauseStart + (QUOTE_LEAD.exec(beforeText)?.[0].length ?? 0);
  const quoteEnd = useObject ? object.end : value.end;
  const ownFlags = flagsIn(beforeText);
  return {
    value,
    quote: { start: quoteStart, end: quoteEnd },
    indicator,
    scope: subject.scope,
    scopeIsRegion: subject.scopeIsRegion,
    sentenceStart,
    comparator: comparatorFor(value.suffix, linkVerb, value.value, value.unit),
    ownFlags,
    leadFlags: sentenceStart < clauseStart ? flagsIn(work.slice(sentenceStart, clauseStart)) : NO_FLAGS,
    hasOwnVerb: linkVerb !== "" || countVerb !== "" || /[增创建培设推实完制]/u.test(beforeText),
  };
}

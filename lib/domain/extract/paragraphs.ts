// Splitting a normalised document into paragraphs and clauses, and recognising headings.
import type { Paragraph, Span } from "./types";

const HEADING_PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[一二三四五六七八九十]+[、.]/u, 1],
  [/^\([一二三四五六七八九十]+\)/u, 2],
  [/^\d+[.、](?!\d)/u, 3],
  [/^\(\d+\)/u, 4],
];

/** Heading level of a paragraph's text (1–4), or 0 when it does not start with a marker. */
export function headingLevel(text: string): number {
  for (const [pattern, level] of HEADING_PATTERNS) if (pattern.test(text)) return level;
  return 0;
}

const SHORT_HEADING_MAX = 40;
const OPENS_WITH_DEADLINE =
  /^(?:(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])[^。]{0,20}。)?(?:到|至)(?:\d{4}年|年|“?十[一二三四五六七八九]五”?)/u;
/** A stray "(" must not swallow the rest of the document: join at most this many lines. */
const MAX_JOINED_LINES = 3;

function parenBalance(line: string): number {
  let depth = 0;
  for (const ch of line) {
    if (ch === "(") depth += 1;
    else if (ch === ")") depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * Paragraphs: non-empty lines, where a line that leaves a parenthesis open is joined with
 * the next one (a department marker wrapped over two lines stays in its paragraph).
 */
export function splitParagraphs(text: string): Paragraph[] {
  const spans: Span[] = [];
  let pending: Span | null = null;
  let depth = 0;
  let joined = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      if (pending === null) pending = { start: lineStart, end: lineEnd };
      else pending.end = lineEnd;
      depth += parenBalance(line);
      joined += 1;
      if (depth === 0 || newline === -1 || joined > MAX_JOINED_LINES) {
        spans.push(pending);
        pending = null;
        depth = 0;
        joined = 0;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (pending !== null) spans.push(pending);
  return spans.map((span) => describeParagraph(text, trimSpan(text, span)));
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

function describeParagraph(text: string, span: Span): Paragraph {
  const body = text.slice(span.start, span.end);
  const level = headingLevel(body);
  const inner = body.replace(/。$/u, "");
  const shortHeading = level > 0 && inner.length <= SHORT_HEADING_MAX && !/[。;]/u.test(inner);
  // "…具体目标是:" introduces the paragraphs after it; so does a paragraph that opens with a
  // deadline ("到2025年,全省质量总体水平显著提高。…", "(二)主要目标。到2025年,…").
  const leadIn = /[:]$/u.test(body) || OPENS_WITH_DEADLINE.test(body);
  return { ...span, headingLevel: level, carriesContext: shortHeading || leadIn };
}

/** Characters that end a clause for the purpose of finding an indicator's subject. */
export const CLAUSE_BREAK = /[,;。:!?\u0001\n]/u;

/** Characters that end a sentence (targets inherit scope and measure within a sentence). */
export const SENTENCE_BREAK = /[;。!?\u0001\n]/u;

/** Index just after the last clause break in text[from, to), or `from` when there is none. */
export function lastBreakBefore(text: string, from: number, to: number, breaks: RegExp): number {
  for (let i = to - 1; i >= from; i -= 1) if (breaks.test(text.charAt(i))) return i + 1;
  return from;
}

/** Index of the first clause break in text[from, to), or `to` when there is none. */
export function firstBreakAfter(text: string, from: number, to: number, breaks: RegExp): number {
  for (let i = from; i < to; i += 1) if (breaks.test(text.charAt(i))) return i;
  return to;
}

// Deadline years: "到2020年", "2015年底前", "到2020年末", "2012年," at a clause start,
// "到“十二五”期末" (→ 2015), and the blank "到年," some documents leave (→ null).
import type { Paragraph, Span } from "./types";

/** A deadline phrase; year null means the document states a deadline but leaves it blank. */
export interface YearPhrase extends Span {
  year: number | null;
}

// "截至2021年底" states when a baseline was measured, not a deadline: no prefix after 截.
const DIGIT_YEAR = /(?:(?<![截止])(到|至|于|在))?(\d{4})年(?!\d)/gu;
const BLANK_YEAR = /(?<![达直提])(?:到|至)年(?![均产度龄限薪收会份代初中\d])/gu;
const PLAN_PERIOD = /“?十([一二三四五六七八九])五”?(?:期末|末期|末|期间|时期)/gu;
const PLAN_DIGITS = "一二三四五六七八九";

/** Characters after "NNNN年" that show the year is not a deadline (range, start, date). */
const NOT_DEADLINE_AFTER = /^(起|以来|度|[一—\-~至到]\s*\d{4}|\d{1,2}月(?!底|末|前))/u;
const CLAUSE_START_BEFORE = /[,;。:\s]$|^$/u;
const HEADING_NUMBER_BEFORE = /[一二三四五六七八九十\d][、.)]$/u;

function isDeadlineYear(text: string, m: RegExpMatchArray): boolean {
  const start = m.index ?? 0;
  const year = Number(m[2]);
  if (year < 1990 || year > 2100) return false;
  const after = text.slice(start + m[0].length, start + m[0].length + 8);
  if (NOT_DEADLINE_AFTER.test(after)) return false;
  if (m[1] !== undefined) return true;
  const before = text.slice(Math.max(0, start - 2), start);
  if (/截|截至|截止/u.test(before)) return false;
  // "二、2025年主要目标", "(一)2025年": a year right after a heading's number opens the heading.
  return CLAUSE_START_BEFORE.test(before.slice(-1)) || HEADING_NUMBER_BEFORE.test(before);
}

/** All deadline phrases in text[span], in document order. */
export function findYearPhrases(text: string, span: Span): YearPhrase[] {
  const slice = text.slice(span.start, span.end);
  const out: YearPhrase[] = [];
  for (const m of slice.matchAll(DIGIT_YEAR)) {
    if (!isDeadlineYear(slice, m)) continue;
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, year: Number(m[2]) });
  }
  for (const m of slice.matchAll(BLANK_YEAR)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, year: null });
  }
  for (const m of slice.matchAll(PLAN_PERIOD)) {
    const n = PLAN_DIGITS.indexOf(m[1] ?? "") + 1;
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, year: 2005 + 5 * n });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Year context inherited from headings and lead-in paragraphs ("…具体目标是:"). */
interface ContextEntry {
  level: number;
  phrase: YearPhrase | null;
}

/**
 * Tracks the deadline context while walking the paragraphs in order: a heading clears the
 * context of its level and below; a short heading or a lead-in paragraph that states a year
 * (or a blank year) sets the context for the following paragraphs of its section.
 */
export class DeadlineContext {
  private readonly stack: ContextEntry[] = [];
  private currentLevel = 0;

  enter(text: string, paragraph: Paragraph): void {
    if (paragraph.headingLevel > 0) {
      const level = paragraph.headingLevel;
      while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.level ?? 0) >= level) this.stack.pop();
      this.currentLevel = level;
    }
    if (!paragraph.carriesContext) return;
    const phrases = findYearPhrases(text, paragraph);
    const last = phrases[phrases.length - 1];
    if (last !== undefined) this.stack.push({ level: this.currentLevel, phrase: last });
  }

  /** The inherited phrase, or undefined when no enclosing section states a deadline. */
  inherited(): YearPhrase | undefined {
    const top = this.stack[this.stack.length - 1];
    return top?.phrase ?? undefined;
  }
}

/**
 * The deadline of a value at `position` inside `paragraph`: the nearest preceding phrase in
 * the paragraph; else the section context; else a phrase later in the same sentence.
 */
export function deadlineFor(
  phrases: readonly YearPhrase[],
  position: number,
  sentenceEnd: number,
  context: YearPhrase | undefined,
): number | null {
  let best: YearPhrase | undefined;
  for (const p of phrases) if (p.end <= position) best = p;
  if (best !== undefined) return best.year;
  if (context !== undefined) return context.year;
  const later = phrases.find((p) => p.start >= position && p.start < sentenceEnd);
  return later?.year ?? null;
}

/**
 * "临海市2023年质量强市工作要点", "清水区2025年度质量工作目标责任考核细则": the title of an
 * annual plan (or of a year's assessment rules) names its year.
 */
const ANNUAL_PLAN_TITLE =
  /(\d{4})\s*年度?[^\n]{0,30}?(?:工作要点|工作计划|行动计划|工作方案|实施方案|工作安排|工作任务|工作重点|考核细则|考核办法|考核方案|目标任务|目标责任书)/u;
const TITLE_LINES = 5;

/** "平政发〔2024〕21号": the document number names the year the document was issued. */
const DOCUMENT_NUMBER = /[〔\[(](\d{4})[〕\])]\s*\d+\s*号/u;

/** Title-like lines (no sentence punctuation) among the document's first lines. */
function titleLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(0, TITLE_LINES)
    .filter((line) => !/[,;。:]/u.test(line));
}

function firstYear(lines: readonly string[], pattern: RegExp): number | null {
  for (const line of lines) {
    const year = Number(pattern.exec(line)?.[1]);
    if (year >= 1990 && year <= 2100) return year;
  }
  return null;
}

/** The year of an annual plan, from its title, or null. Targets without a deadline are due that year. */
export function annualPlanYear(text: string): number | null {
  return firstYear(titleLines(text), ANNUAL_PLAN_TITLE);
}

/**
 * The year the document speaks from: an annual plan's year, else the year of its document
 * number. A sentence dated before it ("2023年,全市…达到95.2%") reports the past.
 */
export function documentYear(text: string): number | null {
  const lines = titleLines(text);
  return firstYear(lines, ANNUAL_PLAN_TITLE) ?? firstYear(lines, DOCUMENT_NUMBER);
}

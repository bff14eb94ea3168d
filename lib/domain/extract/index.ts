// Rule-based extraction of numeric targets from Chinese quality-programme policy documents.
// Pure: text in, targets out. All matching runs on a normalised copy of the text that has
// the same length as the original, so offsets and quotes refer to the original input.
import { buildCandidate, type Candidate } from "./candidate";
import { DeadlineContext, annualPlanYear, deadlineFor, documentYear, findYearPhrases } from "./deadline";
import { findMarkers } from "./departments";
import { sharedIndicators } from "./shared-clause";
import { SCORE_WEIGHT } from "./non-targets";
import { normaliseText } from "./normalise";
import { SENTENCE_BREAK, firstBreakAfter, splitParagraphs } from "./paragraphs";
import { combineFlags, measureOf, type Flags } from "./qualifiers";
import type { DepartmentMarker, ExtractedTarget, Paragraph, Span, ValueMatch } from "./types";
import { findValues } from "./values";

export type { Comparator, ExtractedTarget, Measure } from "./types";

const FULL_COVERAGE = /(?:实现|达到|做到)全覆盖/gu;
const MASK = "\u0001";
/** Numbers inside a title (《…34个城市…的函》) are never targets. */
const BOOK_TITLE = /《[^《》\n]*》/gu;

function maskSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + MASK.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** "实现全覆盖" is a 100 % coverage target. */
function fullCoverage(work: string): ValueMatch[] {
  return [...work.matchAll(FULL_COVERAGE)].map((m) => {
    const start = m.index + m[0].length - 3;
    return { start, end: start + 3, value: 100, valueMax: null, unit: "%", suffix: "" };
  });
}

/** The marker that covers a target: the first one after it in the paragraph, else the last before. */
function markerFor(markers: readonly DepartmentMarker[], position: number): DepartmentMarker | undefined {
  return markers.find((m) => m.start >= position) ?? markers[markers.length - 1];
}

function inside(span: Span, position: number): boolean {
  return position >= span.start && position < span.end;
}

interface ParagraphInfo {
  paragraph: Paragraph;
  markers: DepartmentMarker[];
  markerOnly: boolean;
}

function describeParagraphs(text: string, norm: string): ParagraphInfo[] {
  const infos = splitParagraphs(norm).map((paragraph) => {
    const markers = findMarkers(text, norm, paragraph);
    const markerOnly = markers.length === 1 && markers[0]?.start === paragraph.start && markers[0]?.end === paragraph.end;
    return { paragraph, markers, markerOnly };
  });
  // Paragraphs that are only a marker ("责任单位:县质监局", then "协助单位:县统计局") apply to
  // the paragraph before them, when that paragraph names no departments itself.
  let owner: ParagraphInfo | null = null;
  for (const info of infos) {
    if (!info.markerOnly) {
      owner = info.markers.length === 0 ? info : null;
      continue;
    }
    const [own] = info.markers;
    if (owner === null || own === undefined) continue;
    const [held] = owner.markers;
    owner.markers = held === undefined ? [own] : [{ ...held, lead: [...held.lead, ...own.lead], support: [...held.support, ...own.support] }];
  }
  return infos;
}

export function extractTargets(text: string): ExtractedTarget[] {
  const norm = normaliseText(text);
  const infos = describeParagraphs(text, norm);
  const weights = [...norm.matchAll(SCORE_WEIGHT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const work = maskSpans(norm, [...infos.flatMap((i) => (i.markerOnly ? [] : i.markers)), ...weights]);
  const titles = [...work.matchAll(BOOK_TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const values = [...findValues(work), ...fullCoverage(work)]
    .filter((v) => !titles.some((t) => inside(t, v.start)))
    .sort((a, b) => a.start - b.start);
  const context = new DeadlineContext();
  const planYear = annualPlanYear(norm);
  const speakingYear = documentYear(norm);
  const out: ExtractedTarget[] = [];

  for (const info of infos) {
    const { paragraph } = info;
    context.enter(norm, paragraph);
    if (info.markerOnly) continue;
    const phrases = findYearPhrases(norm, paragraph);
    const own = values.filter((v) => inside(paragraph, v.start));
    let previousEnd = paragraph.start;
    let previous: { candidate: Candidate; flags: Flags; regionScope: Span | null } | null = null;

    own.forEach((value, i) => {
      const nextStart = own[i + 1]?.start ?? paragraph.end;
      const candidate = buildCandidate({ work, paragraph, value, previousEnd, nextStart });
      if (candidate === null) return;
      previousEnd = candidate.quote.end;
      // Within a sentence, later targets inherit 每年/新增/力争 and a region scope from earlier ones.
      const earlier = previous !== null && previous.candidate.sentenceStart === candidate.sentenceStart ? previous : null;
      const flags = combineFlags(candidate.ownFlags, earlier?.flags ?? candidate.leadFlags, candidate.hasOwnVerb);
      const inheritedScope = earlier?.regionScope ?? null;
      const scope = candidate.scope ?? inheritedScope;
      const regionScope = candidate.scopeIsRegion ? candidate.scope : inheritedScope;
      previous = { candidate, flags, regionScope };

      const sentenceEnd = firstBreakAfter(work, value.end, paragraph.end, SENTENCE_BREAK);
      const year = deadlineFor(phrases, value.start, sentenceEnd, context.inherited()) ?? planYear;
      // A sentence dated before the year the document speaks from reports what was achieved.
      if (speakingYear !== null && year !== null && year < speakingYear) return;
      const marker = markerFor(info.markers, value.end);
      const target: ExtractedTarget = {
        quote: text.slice(candidate.quote.start, candidate.quote.end),
        start: candidate.quote.start,
        end: candidate.quote.end,
        indicator: text.slice(candidate.indicator.start, candidate.indicator.end),
        comparator: candidate.comparator,
        value: value.value,
        valueMax: value.valueMax,
        unit: value.unit,
        year,
        scope: scope === null ? null : text.slice(scope.start, scope.end),
        measure: measureOf(flags),
        isMaintain: flags.maintain,
        aspirational: flags.aspirational,
        leadDepartments: marker?.lead ?? [],
        supportDepartments: marker?.support ?? [],
      };
      const shared = sharedIndicators(norm, candidate.indicator, value.start);
      if (shared === null) out.push(target);
      else for (const part of shared) out.push({ ...target, indicator: text.slice(part.start, part.end) });
    });
  }
  return out;
}

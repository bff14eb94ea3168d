// Suggests a task area (产品质量, 品牌建设 …) for a target from the section heading above it.
import { normaliseText } from "../extract/normalise";
import { splitParagraphs } from "../extract/paragraphs";

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d+[.、]|\(\d+\))\s*/u;
const LEADING_VERBS =
  /^(?:大力|全面|着力|积极|切实|深入|进一步)?(?:实施|提升|提高|加强|加快|推进|推动|开展|打造|建设|健全|强化|深化|构建|完善|培育|夯实|发展|促进|落实|做好|抓好|严格)+/u;
const TRAILING_WORDS = /(?:工程|行动|专项行动|工作|体系建设|水平)$/u;
const MAX_AREA = 12;

/** "(二)实施品牌建设工程。" → "品牌建设"; "1.提升产品质量。强化…" → "产品质量". */
export function areaFromHeading(heading: string): string | null {
  const first = heading.replace(NUMBERING, "").split(/[。:;,]/u)[0] ?? "";
  let name = first.replace(LEADING_VERBS, "").replace(/^一批/u, "");
  for (let i = 0; i < 2; i += 1) name = name.replace(TRAILING_WORDS, "");
  name = name.trim();
  return name.length >= 2 && name.length <= MAX_AREA ? name : null;
}

export interface Heading {
  start: number;
  level: number;
  area: string | null;
}

/** The headings of a document (levels 1–3) with their area suggestions, in text order. */
export function findHeadings(text: string): Heading[] {
  const norm = normaliseText(text);
  return splitParagraphs(norm)
    .filter((p) => p.headingLevel >= 1 && p.headingLevel <= 3)
    .map((p) => ({ start: p.start, level: p.headingLevel, area: areaFromHeading(norm.slice(p.start, p.end)) }));
}

/**
 * The area for a position: the nearest heading above it that yields a usable name, looking at
 * the innermost heading first and then its parents.
 */
export function areaAt(headings: readonly Heading[], position: number): string | null {
  const above = headings.filter((h) => h.start <= position);
  let level = Number.POSITIVE_INFINITY;
  for (let i = above.length - 1; i >= 0; i -= 1) {
    const heading = above[i];
    if (heading === undefined || heading.level >= level) continue;
    if (heading.area !== null) return heading.area;
    level = heading.level;
  }
  return null;
}

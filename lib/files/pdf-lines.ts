// Turns the lines of a PDF's pages back into the document's paragraphs: running headers and
// footers and page numbers go, and lines that the layout broke (at the right margin or at a page
// break) are joined again. Pure: no I/O, so the PDF reader and the unit tests share it.

/** Lines at the top or bottom of a page searched for headers, footers and page numbers. */
const EDGE_LINES = 2;

const PAGE_NUMBER = [
  /^[-—–－·\s]*\d{1,4}[-—–－·\s]*$/u, // "3", "- 3 -", "— 3 —"
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/u, // "第3页", "第3页 共12页"
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/u, // "3/12"
  /^(?:page\s*)?\d{1,4}\s*(?:of\s*\d{1,4})?$/iu, // "Page 3 of 12"
];

/** A sentence or clause ends here: the next line starts a new one. */
const ENDS_SENTENCE = /[。；：！？;:!?]["”’」』）)]*$/u;

/** The start of a numbered item or a heading. */
const STARTS_ITEM = [
  /^[一二三四五六七八九十百]+[、.．]/u, // 一、
  /^[（(][一二三四五六七八九十百\d]+[)）]/u, // （一） (1)
  /^\d{1,3}(?:[、]|[.．](?!\d))/u, // 1. 1、 but not 1.5%
  /^第[一二三四五六七八九十百千\d]+[条章节部分款]/u, // 第三条
  /^[①-⑳]/u,
  /^附件/u,
];

/**
 * Fonts often map a common ideograph to its look-alike radical code point (⼯ U+2F2F for 工,
 * ⺠ U+2EA0 for 民), and a dash to U+2015: text copied from such a PDF looks right but matches
 * nothing. Kangxi radicals have a compatibility decomposition; the supplement needs a table.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  "⺟": "母", "⺠": "民", "⺩": "王", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻓": "长",
  "⻔": "门", "⻘": "青", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻢": "马", "⻥": "鱼", "⻦": "鸟",
  "⻩": "黄", "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟", "⻨": "麦", "⻣": "骨", "⻤": "鬼", "⻧": "卤",
};

export function normaliseGlyphs(line: string): string {
  return line
    .replace(/[\u2f00-\u2fd5]/gu, (ch) => ch.normalize("NFKC"))
    .replace(/[\u2e80-\u2ef3]/gu, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch)
    .replace(/\u2015/gu, "\u2014");
}

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(line.trim()));
}

export function startsItem(line: string): boolean {
  return STARTS_ITEM.some((pattern) => pattern.test(line));
}

/** Display width in full-width characters: CJK and full-width forms count 1, the rest ½. */
export function lineWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(ch) ? 1 : 0.5;
  return width;
}

/** A header or footer differs from page to page at most in its numbers; it never ends a sentence. */
const edgeKey = (line: string): string => (ENDS_SENTENCE.test(line) ? "" : line.replace(/\d+/gu, "#").replace(/\s+/gu, ""));

/** Keys of lines that stand at the top or bottom of most pages. */
function runningLines(pages: readonly (readonly string[])[]): Set<string> {
  const running = new Set<string>();
  if (pages.length < 2) return running;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map(edgeKey));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const [key, count] of counts) if (key !== "" && count >= needed) running.add(key);
  return running;
}

/** A page's lines without the running header, footer and page number at its edges. */
function stripEdges(lines: readonly string[], running: Set<string>): string[] {
  const isFurniture = (line: string): boolean => isPageNumber(line) || running.has(edgeKey(line));
  let start = 0;
  let end = lines.length;
  while (start < end && start < EDGE_LINES + 1 && isFurniture(lines[start] ?? "")) start += 1;
  while (end > start && lines.length - end < EDGE_LINES + 1 && isFurniture(lines[end - 1] ?? "")) end -= 1;
  return lines.slice(start, end);
}

/** Width of a full line: most body lines run to the right margin. */
function fullWidth(lines: readonly string[]): number {
  const widths = lines.map(lineWidth).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 0;
}

/**
 * One string per paragraph, separated by "\n". A line is joined to the next (without a space:
 * Chinese has none) when it runs to the right margin, does not end a sentence, and the next line
 * does not start a numbered item or heading. Short lines (titles, headings, a paragraph's last
 * line) stay on their own.
 */
export function joinPdfPages(pages: readonly (readonly string[])[]): string {
  const trimmed = pages.map((lines) => lines.map((l) => normaliseGlyphs(l).trim()).filter((l) => l !== ""));
  const running = runningLines(trimmed);
  const lines = trimmed.flatMap((page) => stripEdges(page, running));
  const full = fullWidth(lines);
  const paragraphs: string[] = [];
  let previous: string | null = null; // the physical line before `line`
  for (const line of lines) {
    const joins = previous !== null && lineWidth(previous) >= 0.85 * full && !ENDS_SENTENCE.test(previous) && !startsItem(line);
    if (joins) paragraphs.push(`${paragraphs.pop() ?? ""}${line}`);
    else paragraphs.push(line);
    previous = line;
  }
  return paragraphs.join("\n");
}

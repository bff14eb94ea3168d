// Department markers: "(牵头单位:省质监局、省发展改革委;配合单位:…)", "(责任单位:…)",
// "(省质监局牵头,省政府有关部门参加)", "(A、B按职责分工负责)", or a plain parenthesised
// list of departments at the end of a paragraph. Parsing runs on the normalised text;
// names are returned as slices of the original text.
import type { DepartmentMarker, Span } from "./types";

const LEAD_LABELS = ["主要责任单位", "牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位", "主办单位"];
const SUPPORT_LABELS = ["配合单位", "配合部门", "协办单位", "协助单位", "参与单位", "参加单位", "协作单位"];
const LABEL_RE = new RegExp(`(${[...LEAD_LABELS, ...SUPPORT_LABELS].join("|")})\\s*:`, "gu");
const DEPARTMENT_SUFFIX =
  /(局|厅|委|办|部|部门|院|会|政府|单位|海关|中心|银行|公司|队|所|站|室|组|署|处|社|馆|台|团|行|小组)$/u;
/** A word that may be broken by line breaks or spaces ("按\n职责分工负责"). */
const spaced = (word: string): string => [...word].join("\\s*");
const DUTY_TAIL = new RegExp(
  `(?:${["按职责分工负责", "按职责负责", "按职责分工落实", "分工负责", "负责"].map(spaced).join("|")})\\s*$`,
  "u",
);
const LEAD_SUPPORT = /^(.+?)牵头[,、]?(.+?)(参加|配合|参与|协助|协办)$/u;

/** Split a department list at top-level "、", "," and ";" (not inside parentheses). */
function splitItems(norm: string, span: Span): Span[] {
  const items: Span[] = [];
  let depth = 0;
  let itemStart = span.start;
  for (let i = span.start; i <= span.end; i += 1) {
    const ch = i < span.end ? norm.charAt(i) : "、";
    if (ch === "(") depth += 1;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、,;。]/u.test(ch)) {
      const item = cleanItem(norm, { start: itemStart, end: i });
      if (item.end > item.start) items.push(item);
      itemStart = i + 1;
    }
  }
  return mergeFragments(norm, items);
}

function cleanItem(norm: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(norm.charAt(start))) start += 1;
  while (end > start && /[\s等]/u.test(norm.charAt(end - 1))) end -= 1;
  return { start, end };
}

/** "各市、县(市、区)政府": a fragment without a department suffix joins the next item. */
function mergeFragments(norm: string, items: Span[]): Span[] {
  const out: Span[] = [];
  let carry: Span | null = null;
  for (const item of items) {
    const merged: Span = carry === null ? item : { start: carry.start, end: item.end };
    if (DEPARTMENT_SUFFIX.test(norm.slice(item.start, item.end))) {
      out.push(merged);
      carry = null;
    } else {
      carry = merged;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}

function names(original: string, spans: Span[]): string[] {
  return spans.map((s) => original.slice(s.start, s.end));
}

/** Distribution notes such as "(发至县人民政府)" end in a department name but are not markers. */
const NOT_A_MARKER = /^(发至|抄送|报送|印发|转发|送)/u;

function looksLikeDepartments(norm: string, items: Span[]): boolean {
  return (
    items.length > 0 &&
    items.every((s) => DEPARTMENT_SUFFIX.test(norm.slice(s.start, s.end)) && !NOT_A_MARKER.test(norm.slice(s.start, s.end)))
  );
}

function stripTail(norm: string, span: Span, tail: RegExp): Span {
  const m = tail.exec(norm.slice(span.start, span.end));
  return m === null ? span : { start: span.start, end: span.end - m[0].length };
}

/** Parse the inside of a marker; null when it names no departments. */
export function parseMarker(original: string, norm: string, inner: Span, atParagraphEnd: boolean): DepartmentMarker | null {
  const body = norm.slice(inner.start, inner.end);
  const labels = [...body.matchAll(LABEL_RE)];
  if (labels.length > 0) {
    const lead: string[] = [];
    const support: string[] = [];
    labels.forEach((m, i) => {
      const listStart = inner.start + m.index + m[0].length;
      const next = labels[i + 1];
      const listEnd = next === undefined ? inner.end : inner.start + next.index;
      const label = m[1] ?? "";
      const list = stripTail(norm, { start: listStart, end: listEnd }, DUTY_TAIL);
      (SUPPORT_LABELS.includes(label) ? support : lead).push(...names(original, splitItems(norm, list)));
    });
    return { ...inner, lead, support };
  }
  const pair = LEAD_SUPPORT.exec(body);
  if (pair !== null) {
    const leadEnd = inner.start + (pair[1] ?? "").length;
    const supportStart = body.indexOf(pair[2] ?? "", (pair[1] ?? "").length + 2) + inner.start;
    const supportEnd = supportStart + (pair[2] ?? "").length;
    const leadItems = splitItems(norm, { start: inner.start, end: leadEnd });
    const supportItems = splitItems(norm, { start: supportStart, end: supportEnd });
    if (!looksLikeDepartments(norm, leadItems)) return null;
    return { ...inner, lead: names(original, leadItems), support: names(original, supportItems) };
  }
  const duty = DUTY_TAIL.test(body);
  if (!duty && !atParagraphEnd) return null;
  const items = splitItems(norm, stripTail(norm, inner, DUTY_TAIL));
  if (!looksLikeDepartments(norm, items)) return null;
  return { ...inner, lead: names(original, items), support: [] };
}

/** Top-level parenthesised groups of a paragraph, as spans including the parentheses. */
function parenGroups(norm: string, span: Span): Span[] {
  const groups: Span[] = [];
  let depth = 0;
  let open = -1;
  for (let i = span.start; i < span.end; i += 1) {
    const ch = norm.charAt(i);
    if (ch === "(") {
      if (depth === 0) open = i;
      depth += 1;
    } else if (ch === ")" && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ start: open, end: i + 1 });
    }
  }
  return groups;
}

/** Department markers of one paragraph; each marker's span covers its parentheses. */
export function findMarkers(original: string, norm: string, paragraph: Span): DepartmentMarker[] {
  const out: DepartmentMarker[] = [];
  const whole = norm.slice(paragraph.start, paragraph.end);
  if (new RegExp(`^(${[...LEAD_LABELS, ...SUPPORT_LABELS].join("|")})\\s*:`, "u").test(whole)) {
    const marker = parseMarker(original, norm, paragraph, true);
    if (marker !== null) return [marker];
  }
  for (const group of parenGroups(norm, paragraph)) {
    const tail = norm.slice(group.end, paragraph.end);
    const atEnd = /^[\s。;]*$/u.test(tail);
    const marker = parseMarker(original, norm, { start: group.start + 1, end: group.end - 1 }, atEnd);
    if (marker !== null) out.push({ ...marker, start: group.start, end: group.end });
  }
  return out;
}

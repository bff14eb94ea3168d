// The indicator phrase of a value: the subject before it ("…合格率达到95%") or, after a
// counting verb, the object after it ("新增2-3个广西优质工程"). Also finds the scope.
import { ASPIRATION_WORDS, COUNT_VERBS, LEADING_FILLERS, LINK_VERBS, TRAILING_FILLERS } from "./lexicon";
import type { Span } from "./types";

const YEAR_PREFIX =
  /^(?:(?:(?:到|至|截至|截止到|在|从)?\d{4}年|(?:到|至)年)(?:底|末)?(?:前|以前|之前|起)?|(?:到|至)?“?十[一二三四五六七八九]五”?(?:期末|末|期间)|(?:今后|未来|在)?[\d一二三四五六七八九十]+年(?:内|以内|之内|间)?(?![\d以]))/u;
/** Item markers at the start of a clause: "2.", "(3)", "一是", "①". */
const ITEM_PREFIX = /^(?:\d+[.、](?!\d)|\(\d+\)|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、是]|[\u2460-\u2473])/u;
const REGION_SCOPE =
  /^(?:在)?(?:全(?:市|县|省|区|州|国|镇|乡|盟|旗)(?:范围内|域)?|(?:每个|各)(?:县市区|县区|县|市|区|乡镇|乡|镇|村|社区|街道|园区|开发区)(?:\([^)]*\))?)/u;
const ENTERPRISE_SCOPE = /^[^,;。、]{0,6}?规模以上[^,;。、]{0,8}?企业/u;
const PUNCT_LEAD = /^[\s、,;:和及与\u0001]+/u;
const PUNCT_TRAIL = /[\s、,;:和及与等的\u0001]+$/u;
const MEASURE_WORDS = ["每年", "年均", "全年", "逐年", "累计", "新增"] as const;
/** After a stripped verb, these characters mean the verb was part of a noun ("增加值", "创新型"). */
const NOUN_CONTINUATION = /^[值型量率额性度类费]/u;
const TYPO_MAINTAIN = /.定在$/u;

export interface Subject {
  span: Span;
  scope: Span | null;
  /** A region scope ("全市") carries over to later targets of the sentence; an enterprise scope does not. */
  scopeIsRegion: boolean;
}

/**
 * Remove years, scopes, connectors and link verbs around the subject text[span]. Counting verbs
 * at the start ("新增广西名牌30个") are removed only when `stripVerbs` is set, i.e. when no link
 * verb precedes the value: in "新建民用建筑节能达标实现全覆盖" 新建 belongs to the noun.
 */
export function trimSubject(text: string, span: Span, stripVerbs: boolean): Subject {
  let { start, end } = span;
  let scope: Span | null = null;
  const rest = (): string => text.slice(start, end);
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const body = rest();
    const punct = PUNCT_LEAD.exec(body);
    const year = YEAR_PREFIX.exec(body);
    const region = REGION_SCOPE.exec(body);
    const word = [...LEADING_FILLERS, ...MEASURE_WORDS, ...ASPIRATION_WORDS].find((w) => body.startsWith(w));
    const verb = COUNT_VERBS.find(
      (v) => stripVerbs && body.startsWith(v) && body.length > v.length && !NOUN_CONTINUATION.test(body.slice(v.length)),
    );
    const step = punct?.[0].length ?? year?.[0].length ?? ITEM_PREFIX.exec(body)?.[0].length ?? 0;
    if (step > 0) {
      start += step;
      changed = true;
    } else if (region !== null) {
      scope = { start: start + region[0].length - region[0].replace(/^在/u, "").length, end: start + region[0].length };
      start += region[0].length;
      changed = true;
    } else if (word !== undefined && body.length > word.length) {
      start += word.length;
      changed = true;
    } else if (verb !== undefined) {
      start += verb.length;
      changed = true;
    }
  }
  for (let changed = true; changed && end > start; ) {
    changed = false;
    const body = rest();
    const punct = PUNCT_TRAIL.exec(body);
    const typo = TYPO_MAINTAIN.exec(body);
    const word = [...LINK_VERBS, ...TRAILING_FILLERS, ...ASPIRATION_WORDS].find(
      (w) => body.endsWith(w) && body.length > w.length,
    );
    if ([...LINK_VERBS, ...TRAILING_FILLERS, ...ASPIRATION_WORDS].includes(body) || /^[\s\u0001]*$/u.test(body)) {
      end = start; // only a verb was left ("每年创建不少于200项…"): the indicator follows the value
      break;
    }
    const step = punct?.[0].length ?? (typo !== null ? typo[0].length : (word?.length ?? 0));
    if (step > 0 && step < body.length) {
      end -= step;
      changed = true;
    }
  }
  // Only a counting verb left ("每年创建不少于200项…"): the indicator follows the value.
  if (COUNT_VERBS.includes(rest())) end = start;
  const scopeIsRegion = scope !== null;
  if (scope === null) {
    const enterprise = ENTERPRISE_SCOPE.exec(rest());
    if (enterprise !== null) scope = { start, end: start + enterprise[0].length };
  }
  return { span: { start, end }, scope, scopeIsRegion };
}

/** Trim connectors around an object phrase ("…管理人员和" → "…管理人员"). */
export function trimObject(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = PUNCT_LEAD.exec(text.slice(start, end));
  if (lead !== null) start += lead[0].length;
  const trail = PUNCT_TRAIL.exec(text.slice(start, end));
  if (trail !== null) end -= trail[0].length;
  return { start, end: Math.max(start, end) };
}

/** The link verb directly before a value (after dropping aspiration words), or "". */
export function linkVerbBefore(text: string, clauseStart: number, valueStart: number): string {
  let before = text.slice(clauseStart, valueStart).trimEnd();
  for (const w of ASPIRATION_WORDS) if (before.endsWith(w)) before = before.slice(0, -w.length);
  if (TYPO_MAINTAIN.test(before)) return "稳定在";
  return LINK_VERBS.find((v) => before.endsWith(v)) ?? "";
}

/** The counting verb directly before a value ("新增", "建成" …), or "". */
export function countVerbBefore(text: string, clauseStart: number, valueStart: number): string {
  const before = text.slice(clauseStart, valueStart).trimEnd();
  return COUNT_VERBS.find((v) => before.endsWith(v)) ?? "";
}

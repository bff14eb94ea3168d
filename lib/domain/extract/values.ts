// Finding value expressions: a number (or range) with a unit and an optional comparator
// suffix, e.g. "95%以上", "2-3个", "1%至2%", "500万人次以上", "3个百分点".
import { COUNT_VERBS, LINK_VERBS } from "./lexicon";
import {
  CHINESE_NUMERAL_CHARS,
  UNIT_SOURCE,
  canonicalUnit,
  parseArabic,
  parseChineseNumeral,
} from "./units";
import type { ValueMatch } from "./types";

const ARABIC = String.raw`\d+(?:\.\d+)?`;
// Chinese numerals are read only below 100 ("三个", "十二项"): larger ones in these documents
// name campaigns ("千企", "一万家企业导入…") rather than targets.
const CHINESE = `[${CHINESE_NUMERAL_CHARS.replace(/[百千万]/gu, "")}]+`;
const NUMBER = `(?:${ARABIC}|${CHINESE})`;
const RANGE_SEP = String.raw`\s*(?:-|~|—|〜|至|到)\s*`;
const SUFFIX = "(?:及以上|或以上|以上|以下|以内|之内|左右)";

const VALUE_RE = new RegExp(
  `(${NUMBER})(?:(${UNIT_SOURCE})?${RANGE_SEP}(${NUMBER}))?\\s*(?:多|余)?(${UNIT_SOURCE})(${SUFFIX})?`,
  "gu",
);

const ARABIC_ONLY = new RegExp(`^${ARABIC}$`);

/** Verbs after which a Chinese numeral is taken as a value ("新增三个"). */
const CHINESE_CONTEXT_VERBS: readonly string[] = [...COUNT_VERBS, ...LINK_VERBS].filter(
  (verb) => verb.length >= 2,
);

function parseNumber(text: string): { value: number; chinese: boolean } | null {
  if (ARABIC_ONLY.test(text)) {
    const value = parseArabic(text);
    return value === null ? null : { value, chinese: false };
  }
  const value = parseChineseNumeral(text);
  return value === null ? null : { value, chinese: true };
}

/** Characters that, directly before a number, show it is part of a code or an ordinal. */
function isBadPrefix(ch: string): boolean {
  return /[0-9A-Za-z.第〔]/.test(ch);
}

function chineseAllowed(text: string, start: number, suffix: string): boolean {
  if (suffix === "以上") return true;
  const before = text.slice(Math.max(0, start - 6), start);
  return CHINESE_CONTEXT_VERBS.some((verb) => before.endsWith(verb));
}

/** "质量竞争力指数达到86": an index value carries no unit. */
const INDEX_RE = new RegExp(
  `指数(?:达到|达|保持在|稳定在|提高到|提升到|不低于)?\\s*(${ARABIC})(${SUFFIX})?(?![\\d.%‰])(?!${UNIT_SOURCE})`,
  "gu",
);

function findIndexValues(text: string): ValueMatch[] {
  return [...text.matchAll(INDEX_RE)].map((m) => {
    const number = m[1] ?? "";
    const suffix = m[2] ?? "";
    const start = m.index + m[0].length - number.length - suffix.length;
    return { start, end: m.index + m[0].length, value: Number(number), valueMax: null, unit: "", suffix };
  });
}

/**
 * All value expressions in the normalised text. Numbers glued to letters, digits or "第",
 * and Chinese numerals not introduced by a verb ("两个建成", "一千家企业"), are skipped.
 */
export function findValues(text: string): ValueMatch[] {
  const out: ValueMatch[] = [];
  for (const match of text.matchAll(VALUE_RE)) {
    const [whole, num1 = "", unit1, num2, unitRaw = "", suffix = ""] = match;
    const start = match.index;
    const first = parseNumber(num1);
    if (first === null) continue;
    if (start > 0 && isBadPrefix(text.charAt(start - 1))) continue;
    if (unit1 !== undefined && unit1 !== unitRaw) continue;
    const second = num2 === undefined ? null : parseNumber(num2);
    if (num2 !== undefined && second === null) continue;
    const chinese = first.chinese || (second?.chinese ?? false);
    if (chinese && !chineseAllowed(text, start, suffix)) continue;
    // "建设一个…平台": a Chinese "一" before a unit is the indefinite article, not a count.
    if (first.chinese && first.value === 1 && second === null && suffix !== "以上") continue;
    if (second !== null && second.value <= first.value) continue; // "2022-06" is not a range
    out.push({
      start,
      end: start + whole.length,
      value: first.value,
      valueMax: second === null ? null : second.value,
      unit: canonicalUnit(unitRaw),
      suffix,
    });
  }
  return [...out, ...findIndexValues(text)].sort((a, b) => a.start - b.start);
}

// Units of target values and number parsing (Arabic digits and Chinese numerals).

/**
 * Units a target value may carry, longest first so that "万人次" wins over "人".
 * Each entry is a regular-expression fragment; a negative look-ahead keeps words that
 * merely start with a unit character ("名牌", "所有", "个人", "家庭") from counting.
 */
const UNIT_PATTERNS: readonly string[] = [
  "个百分点",
  "百分点",
  "万人次",
  "人次",
  "万亩",
  "亿元",
  "万元",
  "万人",
  "万户",
  "万家",
  "万件",
  "万个",
  "万名",
  "微克/立方米",
  "%",
  "‰",
  "个(?![人体别性])",
  "项(?!目)",
  "家(?![庭具用电])",
  "件",
  "只",
  "座",
  "所(?![有属在以])",
  "名(?![牌优称义])",
  "亩",
  "元(?![素旦])",
  "人(?![民员才口工们])",
  "天(?![然然津])",
  "户(?![外口籍])",
  "分(?![之钟析别类公局布配级期批散])",
];

/** Regular-expression source matching one unit. */
export const UNIT_SOURCE = `(?:${UNIT_PATTERNS.join("|")})`;

/** Canonical form of a matched unit ("个百分点" → "百分点"). */
export function canonicalUnit(raw: string): string {
  if (raw === "个百分点") return "百分点";
  return raw;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const CHINESE_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters of a Chinese numeral, for building patterns. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

/**
 * Parse a Chinese numeral such as "三", "十二", "二十五", "一百", "三千五百", "一万".
 * Returns null for strings that are not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = CHINESE_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // two digits in a row: "三五"
      digit = d;
      continue;
    }
    const mult = CHINESE_MULTIPLIERS[ch];
    if (mult !== undefined) {
      section += (digit ?? 1) * mult;
      digit = null;
      continue;
    }
    if (ch === "万") {
      if (section === 0 && digit === null) return null;
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** Parse an Arabic number ("95", "1.5"); null when not finite. */
export function parseArabic(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

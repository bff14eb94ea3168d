// Reads a plan's metadata from the text of a policy document: title, document number (文号),
// issuer, issue date, and a deadline from the targets' years. Every value is only a suggestion
// the reviewer confirms; null where the document does not say.
import { normaliseText } from "../extract/normalise";
import { parseChineseNumeral } from "../extract/units";

export interface PlanMetaGuess {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  /** ISO dates ("2017-06-13"). */
  issueDate: string | null;
  periodStart: string | null;
  deadline: string | null;
}

const HEAD_CHARS = 4000;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔\[(]\s*(?:19|20)\d{2}\s*[〕\])]\s*\d{1,4}\s*号/u;
const TITLE_ENDING = /(?:通知|意见|实施方案|方案|决定|办法|规划|纲要|计划|细则|规定)$/u;
const NOT_A_TITLE = /^(首页|当前位置|精确检索|开始检索|时间|来源|发布|前言|索引号|主题分类|[\d\s:-]+$)/u;
const ISSUER_LINE = /^[\u4e00-\u9fa5()]{2,40}?(?:人民政府(?:办公厅|办公室)?|委员会(?:办公室)?|领导小组(?:办公室)?|厅|局)$/u;
const DATE = /^((?:19|20)\d{2}|[二〇零一二三四五六七八九]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$/u;
const DIGITS: Readonly<Record<string, string>> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

function lines(text: string): string[] {
  return normaliseText(text)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function numberOf(part: string): number | null {
  return /^\d+$/u.test(part) ? Number(part) : parseChineseNumeral(part);
}

/** "2017年6月13日" or "二〇一二年三月五日" as an ISO date, or null. */
export function parseChineseDate(line: string): string | null {
  const m = DATE.exec(line.replace(/\s/gu, ""));
  if (!m) return null;
  const yearText = m[1] ?? "";
  const year = /^\d+$/u.test(yearText) ? Number(yearText) : Number([...yearText].map((c) => DIGITS[c] ?? "x").join(""));
  const month = numberOf(m[2] ?? "");
  const day = numberOf(m[3] ?? "");
  if (!Number.isInteger(year) || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : null;
}

function guessTitle(head: readonly string[]): string | null {
  const candidates = head.filter((l) => l.length >= 6 && l.length <= 120 && !NOT_A_TITLE.test(l) && !DOC_NUMBER.test(l));
  // A forwarding notice ("…关于印发《X》的通知") names the plan itself in 《》.
  const forwarding = candidates.find((l) => /印发|转发/u.test(l) && /《[^》]+》/u.test(l) && TITLE_ENDING.test(l));
  return (
    forwarding ??
    candidates.find((l) => l.includes("关于") && TITLE_ENDING.test(l) && l.length <= 60 && !/[,。;]/u.test(l)) ??
    candidates.find((l) => TITLE_ENDING.test(l) && !/[,。;:]/u.test(l)) ??
    candidates.find((l) => !/[,。;:]/u.test(l)) ??
    null
  );
}

function guessIssuer(head: readonly string[], title: string | null): string | null {
  const fromTitle = title ? /^(.{2,40}?(?:人民政府(?:办公厅|办公室)?|委员会|领导小组))关于/u.exec(title)?.[1] : undefined;
  return fromTitle ?? head.find((l) => ISSUER_LINE.test(l) && !/^各/u.test(l)) ?? null;
}

/**
 * Guesses metadata from the opening of the document (title, 文号, issuer, date) and the
 * deadline from the latest target year found in it.
 */
export function guessPlanMeta(text: string, targetYears: readonly (number | null)[] = []): PlanMetaGuess {
  const head = lines(text.slice(0, HEAD_CHARS));
  const title = guessTitle(head);
  // Only a 文号 on a line of its own (or in the title) is this document's; others are citations.
  const docNumber =
    head.map((l) => l.replace(/\s/gu, "")).find((l) => new RegExp(`^${DOC_NUMBER.source}$`, "u").test(l)) ??
    (title ? DOC_NUMBER.exec(title)?.[0] : undefined) ??
    null;
  const issueDate = head.map(parseChineseDate).find((d) => d !== null) ?? null;
  const years = targetYears.filter((y): y is number => y !== null);
  const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : null;
  const lastYear = years.length > 0 ? Math.max(...years) : issueYear !== null ? issueYear + 3 : null;
  return {
    title: title ? title.replace(/\s+/gu, "") : null,
    docNumber,
    issuer: guessIssuer(head, title),
    issueDate,
    periodStart: issueDate ?? (lastYear !== null ? `${Math.min(...years, lastYear) - 1}-01-01` : null),
    deadline: lastYear !== null ? `${lastYear}-12-31` : null,
  };
}

/** The region a document is about: the longest region name found in its title or issuer. */
export function guessRegionId<T extends { id: number; name: string }>(meta: Pick<PlanMetaGuess, "title" | "issuer">, regions: readonly T[]): number | null {
  const haystack = `${meta.issuer ?? ""} ${meta.title ?? ""}`;
  const hit = regions.filter((r) => r.name.length >= 2 && haystack.includes(r.name)).sort((a, b) => b.name.length - a.name.length)[0];
  return hit?.id ?? null;
}

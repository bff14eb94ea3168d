// Wording and number formatting of the summary report, shared by the print page, XLSX and DOCX so
// that the three say the same thing in the same words.
import type { SummaryReport } from "@/lib/data/reports/summary";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import type { TargetStatus } from "@/lib/domain";
import { formatDate, formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { unitLabel } from "@/lib/i18n/units";
import { formatPeriodLabel, formatProgress, formatTarget, formatValue } from "@/lib/i18n/display";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";
import type { ReportSection } from "@/lib/validations/reports";

export interface ReportText {
  t: Translate;
  locale: Locale;
}

type Named = { name: string; nameEn: string | null };

export const nameOf = ({ locale }: ReportText, named: Named | null | undefined) => (named ? localizedName(locale, named.name, named.nameEn) : "—");

/** An indicator's unit as the unit column shows it ("count (个)" in English). */
export const unitOf = ({ locale }: ReportText, indicator: { unit: string }) => unitLabel(locale, indicator.unit);

/**
 * The programme's usual name follows the kind of place: 质量强市 for cities (also county-level ones
 * such as 东兴市), 质量强县 for counties, 质量强区 for districts and autonomous regions, 质量兴省 for
 * provinces; the administrative level decides where the name does not.
 */
export function programmeName(x: ReportText, region: Pick<SummaryReport["region"], "name" | "level">): string {
  const bySuffix: [RegExp, string][] = [[/自治区$/, "DISTRICT"], [/省$/, "PROVINCE"], [/市$/, "CITY"], [/[县旗]$/, "COUNTY"], [/区$/, "DISTRICT"]];
  const key = bySuffix.find(([pattern]) => pattern.test(region.name))?.[1] ?? region.level;
  return x.t(`reports.programme.${key}`);
}

export function reportTitle(x: ReportText, report: Pick<SummaryReport, "region">): string {
  return x.t("reports.documentTitle", { region: nameOf(x, report.region), programme: programmeName(x, report.region) });
}

/** e.g. 防城港市_2020年第四季度_质量强市目标进展.xlsx; characters that file systems refuse are replaced. */
export function reportFileName(x: ReportText, report: { region: Pick<SummaryReport["region"], "name" | "nameEn" | "level">; period: { label: string } }, extension: string): string {
  const base = x.t("reports.fileName", {
    region: nameOf(x, report.region),
    period: formatPeriodLabel(x.t, report.period.label),
    programme: programmeName(x, report.region),
  });
  return `${base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")}.${extension}`;
}

export const periodText = (x: ReportText, period: string) => formatPeriodLabel(x.t, period);

export function generatedText(x: ReportText, report: Pick<SummaryReport, "generatedAt">): string {
  return formatDate(x.locale, report.generatedAt);
}

export function planText(plan: SummaryReport["plans"][number]): string {
  return plan.docNumber ? `${plan.title}（${plan.docNumber}）` : plan.title;
}

/** "已完成11项，进度正常13项，…" — statuses with at least one target, worst first. */
export function countsText(x: ReportText, counts: Record<TargetStatus, number>): string {
  return STATUS_DISPLAY_ORDER.filter((s) => counts[s] > 0)
    .map((s) => x.t("reports.headline.statusCount", { status: x.t(`status.${s}`), count: formatNumber(x.locale, counts[s]) }))
    .join(x.t("reports.listSeparator"));
}

/** "+2", "−3.5" or "持平". */
export function changeText(x: ReportText, current: number | null, previous: number | null, decimals = 0): string {
  if (current === null || previous === null) return "—";
  const delta = Number((current - previous).toFixed(decimals));
  if (delta === 0) return x.t("reports.headline.unchanged");
  return `${delta > 0 ? "+" : "−"}${formatNumber(x.locale, Math.abs(delta), decimals)}`;
}

export const scoreText = (x: ReportText, score: number | null) => formatNumber(x.locale, score, 1);

export const shareText = (x: ReportText, share: number | null) => formatProgress(x.locale, share);

export function targetValueText(x: ReportText, row: Pick<TargetRow, "comparator" | "targetValue"> & { indicator: { decimals: number; unit: string } }): string {
  return formatTarget(x.locale, row, row.indicator);
}

export function valueText(x: ReportText, value: number | null | undefined, indicator: { decimals: number; unit: string }): string {
  return formatValue(x.locale, value, indicator.decimals, indicator.unit);
}

export function departmentText(x: ReportText, department: { shortName: string; nameEn: string | null } | null): string {
  return department ? localizedName(x.locale, department.shortName, department.nameEn) : "—";
}

export function cardText(x: ReportText, card: SummaryReport["headline"]["own"]["card"], indicatorNames: SummaryReport["indicatorNames"]) {
  if (!card) return null;
  return {
    color: x.t(`cards.${card.color}`),
    reason: x.t(`cards.reason.${card.reason}`),
    indicators: card.indicatorCodes.map((code) => nameOf(x, indicatorNames[code] ?? { name: code, nameEn: null })).join(punct(x).list),
  };
}

/** The overview's sentences: counts, score and change, rank, card. */
export function headlineSentences(x: ReportText, report: SummaryReport): string[] {
  const { own, all, previous } = report.headline;
  const sentences = [
    x.t("reports.headline.ownSentence", { asOf: periodText(x, report.period.asOf), region: nameOf(x, report.region), total: formatNumber(x.locale, own.total), counts: countsText(x, own.counts) || "—" }),
  ];
  if (own.score !== null) {
    sentences.push(x.t("reports.headline.scoreSentence", { score: scoreText(x, own.score), previous: scoreText(x, previous.own.score), change: changeText(x, own.score, previous.own.score, 1) }));
  }
  if (own.rank !== null && own.of > 1) sentences.push(x.t("reports.headline.rankSentence", { rank: own.rank, of: own.of }));
  const card = cardText(x, own.card, report.indicatorNames);
  if (card) sentences.push(x.t("reports.headline.cardSentence", { card: card.color, reason: card.reason, indicators: card.indicators }));
  if (report.subregions.length > 0) sentences.push(x.t("reports.headline.allSentence", { total: formatNumber(x.locale, all.total), counts: countsText(x, all.counts) || "—" }));
  const cascade = report.cascade;
  if (cascade) sentences.push(x.t("reports.headline.cascadeSentence", { cascaded: formatNumber(x.locale, cascade.cascaded), of: formatNumber(x.locale, cascade.of) }));
  return sentences;
}

/** One problem target's numbers as a sentence. */
export function problemValuesText(x: ReportText, row: TargetRow): string {
  return x.t("reports.problems.values", {
    latest: valueText(x, row.latest?.value, row.indicator),
    period: row.latest ? periodText(x, row.latest.period) : "—",
    target: targetValueText(x, row),
    deadline: periodText(x, row.deadline),
    progress: shareText(x, row.progress),
    expected: shareText(x, row.expected),
  });
}

/** Targets grouped by task area, in the order given. */
export function groupByArea(rows: readonly TargetRow[]): { area: TargetRow["area"]; rows: TargetRow[] }[] {
  const groups: { area: TargetRow["area"]; rows: TargetRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.area?.id === row.area?.id) last.rows.push(row);
    else groups.push({ area: row.area, rows: [row] });
  }
  return groups;
}

/** Targets grouped by region, in the order given. */
export function groupByRegion(rows: readonly TargetRow[]): { region: TargetRow["region"]; rows: TargetRow[] }[] {
  const groups: { region: TargetRow["region"]; rows: TargetRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.region.code === row.region.code) last.rows.push(row);
    else groups.push({ region: row.region, rows: [row] });
  }
  return groups;
}

/** The missing figures of the completeness section, grouped by department. */
export function missingByDepartment(report: SummaryReport) {
  const names = new Map(report.completeness.departments.map((d) => [d.departmentId, d]));
  const groups = new Map<number, SummaryReport["completeness"]["missing"]>();
  for (const m of report.completeness.missing) {
    const group = groups.get(m.departmentId);
    if (group) group.push(m);
    else groups.set(m.departmentId, [m]);
  }
  return [...groups.entries()].map(([id, items]) => ({ department: names.get(id) ?? null, items }));
}

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** "三、图表" / "3. Charts": sections are numbered as they appear, so omitted ones leave no gap. */
export function sectionHeading(x: ReportText, index: number, title: string): string {
  const n = x.locale === "zh-CN" ? (CHINESE_NUMERALS[index] ?? String(index + 1)) : String(index + 1);
  return x.t("reports.headingFormat", { n, title });
}

/** The report's parts in order with their numbered headings; sub-region parts only where there are sub-regions. */
export function reportOutline(x: ReportText, report: SummaryReport, sections: readonly ReportSection[]): { key: "summary" | ReportSection; heading: string }[] {
  const keys: ("summary" | ReportSection)[] = ["summary", ...sections.filter((s) => (s !== "subregions" && s !== "subregionTargets") || report.subregions.length > 0)];
  return keys.map((key, i) => ({ key, heading: sectionHeading(x, i, x.t(`reports.heading.${key}`, { period: periodText(x, report.period.asOf) })) }));
}

const PUNCTUATION = {
  "zh-CN": { open: "（", close: "）", colon: "：", comma: "，", semicolon: "；", list: "、" },
  en: { open: " (", close: ")", colon: ": ", comma: ", ", semicolon: "; ", list: ", " },
} as const;

/** Full-width punctuation in Chinese, ASCII punctuation with spaces in English. */
export function punct(x: ReportText) {
  return PUNCTUATION[x.locale];
}

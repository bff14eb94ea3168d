// The notice's (通报) sentences and cells in the reader's language, shared by the Word file and the
// print page (and so the PDF): the same words in every format.
import type { Notice, NoticeRow } from "@/lib/data/assessment/notice";
import { formatDate, formatNumber, localizedName } from "@/lib/i18n/format";
import type { ReportText } from "./report-text";

const points = (x: ReportText, value: number) => formatNumber(x.locale, value, Number.isInteger(value) ? 0 : Number.isInteger(value * 10) ? 1 : 2);

export const noticeTitle = (x: ReportText, notice: Notice) => x.t("assessment.notice.title", { year: notice.year, scheme: notice.schemeName });

export const noticeIntro = (x: ReportText, notice: Notice) =>
  x.t("assessment.notice.intro", { year: notice.year, scheme: notice.title, assessing: localizedName(x.locale, notice.assessing.name, notice.assessing.nameEn) });

export const noticeIssuer = (x: ReportText, notice: Notice) => x.t("assessment.notice.issuer", { assessing: localizedName(x.locale, notice.assessing.name, notice.assessing.nameEn) });

export const noticeDate = (x: ReportText, notice: Notice) => formatDate(x.locale, notice.publishedAt);

/** A total as the notice prints it: one decimal. */
export const noticeTotal = (x: ReportText, total: number) => formatNumber(x.locale, total, 1);

export const regionName = (x: ReportText, row: NoticeRow) => localizedName(x.locale, row.name, row.nameEn);

export const gradeText = (row: NoticeRow) => `${row.grade}（${row.gradeLabel}）`;

/** The row's vetoes and main points lost, as one sentence. */
export function lossesText(x: ReportText, row: NoticeRow): string {
  const parts = [
    ...(row.vetoes.length > 0 ? [x.t("assessment.notice.veto", { items: row.vetoes.join("、") })] : []),
    ...row.losses.map((l) => x.t(l.kind === "DEDUCTED" ? "assessment.notice.deducted" : "assessment.notice.lost", { item: l.item, points: points(x, l.points) })),
  ];
  return parts.length > 0 ? parts.join("；") : x.t("assessment.notice.noLoss");
}

/** "第 2 版（日期）：东兴市「…」得分由 a 分更正为 b 分（申诉成立：…）". */
export function correctionLine(x: ReportText, c: Notice["corrections"][number]): string {
  const text = c.change
    ? x.t("assessment.notice.correctionText", { region: c.change.regionName, item: c.change.itemName, from: points(x, c.change.from), to: points(x, c.change.to), reason: c.change.reason })
    : c.text;
  return x.t("assessment.notice.correction", { version: c.version, date: formatDate(x.locale, c.publishedAt), text });
}

export const noticeFileName = (x: ReportText, notice: Notice, extension: string) =>
  `${x.t("assessment.notice.fileName", { year: notice.year })}${notice.version > 1 ? `_${x.t("assessment.notice.version", { version: notice.version })}` : ""}.${extension}`;

// The assessment notice (通报) as a Word document: title, introduction, the ranking table (rank,
// region, total, grade, main points lost), the main deductions per region, the corrections of a
// re-published version, the issuer and the date. A4 portrait, Song/Hei fonts, page numbers.
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Notice } from "@/lib/data/assessment/notice";
import { correctionLine, gradeText, lossesText, noticeDate, noticeIntro, noticeIssuer, noticeTitle, noticeTotal, regionName } from "./assessment-notice-text";
import type { ReportText } from "./report-text";

const SONG = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const HEI = { ascii: "Arial", hAnsi: "Arial", eastAsia: "黑体" };
const TEXT_WIDTH = 9412;
const SIDE_MARGIN = 1247;
const COLUMNS = [800, 1700, 1100, 1500, 4312];

function cell(value: string, width: number, options: { header?: boolean; align?: "left" | "center" | "right" } = {}) {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[options.align ?? "left"];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: "E2E8F0" } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment, children: [new TextRun({ text: value, bold: options.header, size: 20 })] })],
  });
}

const paragraph = (value: string, options: { align?: "center" | "right"; bold?: boolean } = {}) =>
  new Paragraph({
    alignment: options.align === "center" ? AlignmentType.CENTER : options.align === "right" ? AlignmentType.RIGHT : undefined,
    spacing: { after: 120, line: 360 },
    children: [new TextRun({ text: value, bold: options.bold })],
  });

export async function writeNoticeDocx(x: ReportText, notice: Notice): Promise<Buffer> {
  const { t } = x;
  const title = noticeTitle(x, notice);
  const header = [t("assessment.notice.rank"), t("assessment.notice.region"), t("assessment.notice.total"), t("assessment.notice.grade"), t("assessment.notice.deductions")];
  const ranking = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, COLUMNS[i] as number, { header: true, align: i === 4 ? "left" : "center" })) }),
      ...notice.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(String(row.rank), COLUMNS[0] as number, { align: "center" }),
              cell(regionName(x, row), COLUMNS[1] as number, { align: "center" }),
              cell(noticeTotal(x, row.total), COLUMNS[2] as number, { align: "right" }),
              cell(gradeText(row), COLUMNS[3] as number, { align: "center" }),
              cell(lossesText(x, row), COLUMNS[4] as number),
            ],
          }),
      ),
    ],
  });
  const document = new Document({
    creator: noticeIssuer(x, notice),
    title,
    styles: {
      default: {
        document: { run: { font: SONG, size: 24 } },
        heading1: { run: { font: HEI, size: 26, bold: false, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        title: { run: { font: HEI, size: 36, color: "000000" } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1300, left: SIDE_MARGIN, right: SIDE_MARGIN } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: [PageNumber.CURRENT] })] })] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, children: [new TextRun(title)] }),
          ...(notice.version > 1 ? [paragraph(t("assessment.notice.version", { version: notice.version }), { align: "center" })] : []),
          paragraph(noticeIntro(x, notice)),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t("assessment.notice.rankingHeading"))] }),
          ranking,
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t("assessment.notice.deductionsHeading"))] }),
          ...notice.rows.map((row) => paragraph(`${regionName(x, row)}：${lossesText(x, row)}`)),
          ...(notice.corrections.length > 0
            ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t("assessment.notice.correctionHeading"))] }), ...notice.corrections.map((c) => paragraph(correctionLine(x, c)))]
            : []),
          paragraph(noticeIssuer(x, notice), { align: "right" }),
          paragraph(noticeDate(x, notice), { align: "right" }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

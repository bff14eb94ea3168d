// The summary report as a Word document (docx) the office edits into its own 汇报材料: headings,
// the overview in sentences, the tables, and the explanations as lists. A4 portrait, Song/Hei fonts,
// page numbers in the footer.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import type { SummaryReport } from "@/lib/data/reports/summary";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { ReportSection } from "@/lib/validations/reports";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";
import { issuedCardLine } from "./report-warnings";
import {
  cardText,
  departmentText,
  generatedText,
  groupByArea,
  groupByRegion,
  headlineSentences,
  missingByDepartment,
  nameOf,
  periodText,
  planText,
  problemValuesText,
  punct,
  reportOutline,
  reportTitle,
  scoreText,
  shareText,
  targetValueText,
  unitOf,
  valueText,
  type ReportText,
} from "./report-text";

const SONG = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const HEI = { ascii: "Arial", hAnsi: "Arial", eastAsia: "黑体" };
/** Text width of A4 portrait with 2.2 cm side margins, in twentieths of a point. */
const TEXT_WIDTH = 9412;
const SIDE_MARGIN = 1247;

type Align = "left" | "center" | "right";
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(text: string, options: { width?: number; align?: Align; bold?: boolean; header?: boolean; span?: number; color?: string } = {}) {
  return new TableCell({
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    columnSpan: options.span,
    shading: options.header ? { type: ShadingType.CLEAR, color: "auto", fill: "E2E8F0" } : undefined,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: text.split("\n").map((line) => new Paragraph({ alignment: ALIGN[options.align ?? "left"], children: [new TextRun({ text: line, bold: options.bold || options.header, size: 18, color: options.color })] })),
  });
}

function table(header: { text: string; width: number; align?: Align }[], rows: TableRow[]) {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: header.map((h) => h.width),
    rows: [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h.text, { width: h.width, header: true, align: h.align })) }), ...rows],
  });
}

const row = (cells: TableCell[]) => new TableRow({ cantSplit: true, children: cells });
const text = (value: string, options: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: value, ...options });
const paragraph = (children: ParagraphChild[] | string, options: { align?: Align; bullet?: boolean; spacingAfter?: number } = {}) =>
  new Paragraph({
    alignment: options.align ? ALIGN[options.align] : undefined,
    bullet: options.bullet ? { level: 0 } : undefined,
    spacing: { after: options.spacingAfter ?? 80, line: 360 },
    children: typeof children === "string" ? [text(children)] : children,
  });

function targetsTable(x: ReportText, rows: TargetRow[]) {
  const { t } = x;
  const header = [
    { text: t("reports.table.indicator"), width: 2300 },
    { text: t("reports.table.unit"), width: 500, align: "center" as const },
    { text: t("reports.table.baseline"), width: 750, align: "right" as const },
    { text: t("reports.table.target"), width: 900, align: "right" as const },
    { text: t("reports.table.deadline"), width: 700, align: "center" as const },
    { text: t("reports.table.latest"), width: 1000, align: "right" as const },
    { text: t("reports.table.progress"), width: 600, align: "right" as const },
    { text: t("reports.table.expected"), width: 600, align: "right" as const },
    { text: t("reports.table.status"), width: 900 },
    { text: t("reports.table.lead"), width: 1162 },
  ];
  const body = groupByArea(rows).flatMap((group) => [
    row([cell(`${t("reports.table.area")}${punct(x).colon}${nameOf(x, group.area)}`, { span: header.length, bold: true })]),
    ...group.rows.map((r) =>
      row([
        cell(nameOf(x, r.indicator)),
        cell(unitOf(x, r.indicator), { align: "center" }),
        cell(valueText(x, r.baselineValue, r.indicator), { align: "right" }),
        cell(targetValueText(x, r), { align: "right" }),
        cell(periodText(x, r.deadline), { align: "center" }),
        cell(r.latest ? `${valueText(x, r.latest.value, r.indicator)}\n${periodText(x, r.latest.period)}` : "—", { align: "right" }),
        cell(shareText(x, r.progress), { align: "right" }),
        cell(shareText(x, r.expected), { align: "right" }),
        cell(t(`status.${r.status}`), { color: STATUS_STYLE[r.status].ink.slice(1) }),
        cell(departmentText(x, r.leadDepartment)),
      ]),
    ),
  ]);
  return table(header, body);
}

function overview(x: ReportText, report: SummaryReport) {
  const { t, locale } = x;
  const { own, all, previous } = report.headline;
  const w = Math.floor((TEXT_WIDTH - 1600) / (STATUS_DISPLAY_ORDER.length + 1));
  const header = [{ text: t("reports.headline.row"), width: 1600 }, ...STATUS_DISPLAY_ORDER.map((s) => ({ text: t(`status.${s}`), width: w, align: "right" as const })), { text: t("reports.headline.total"), width: w, align: "right" as const }];
  type Counted = { counts: typeof own.counts; total: number };
  const countRow = (label: string, now: Counted, before: Counted) =>
    row([
      cell(label, { bold: true }),
      ...STATUS_DISPLAY_ORDER.map((s) => {
        const change = now.counts[s] - before.counts[s];
        return cell(`${formatNumber(locale, now.counts[s])}${change === 0 ? "" : ` (${change > 0 ? "+" : "−"}${Math.abs(change)})`}`, { align: "right" });
      }),
      cell(formatNumber(locale, now.total), { align: "right" }),
    ]);
  return [
    ...headlineSentences(x, report).map((s) => paragraph(s)),
    table(header, [countRow(t("reports.headline.ownTargets"), own, previous.own), ...(report.subregions.length > 0 ? [countRow(t("reports.headline.allTargets"), all, previous.all)] : [])]),
    paragraph([text(`${t("reports.headline.changeNote", { period: periodText(x, report.period.previous.label) })}${t("reports.headline.scoreNote")}`, { size: 16, color: "64748B" })]),
    // A region without sub-regions (a county) has no sub-region section: its own cards are listed here.
    ...(report.subregions.length === 0 ? issuedCards(x, report) : []),
  ];
}

/** The open cards of the region's subtree with their rectification, or a line saying there are none. */
function issuedCards(x: ReportText, report: SummaryReport) {
  const issued = report.warnings.map((card) => paragraph(issuedCardLine(x, card, report.indicatorNames), { bullet: true }));
  return [paragraph(x.t("warnings.report.title")), ...(issued.length > 0 ? issued : [paragraph(x.t("warnings.report.none"))])];
}

function problems(x: ReportText, report: SummaryReport) {
  const { t } = x;
  const p = punct(x);
  if (report.problems.length === 0) return [paragraph(t("reports.problems.none"))];
  return [
    paragraph(t("reports.problems.summary", { count: report.problems.length })),
    ...report.problems.flatMap(({ target: r, supporting, notes }, i) => [
      paragraph([text(`${i + 1}. ${nameOf(x, r.indicator)}${p.open}${nameOf(x, r.region)}${p.comma}${t(`status.${r.status}`)}${p.close}`, { bold: true })], { spacingAfter: 20 }),
      paragraph(problemValuesText(x, r), { spacingAfter: 20 }),
      paragraph(`${t("reports.table.lead")}${p.colon}${departmentText(x, r.leadDepartment)}${supporting.length > 0 ? `${p.semicolon}${t("reports.table.supporting")}${p.colon}${supporting.map((d) => departmentText(x, d)).join(p.list)}` : ""}`, { spacingAfter: 20 }),
      ...(notes.length === 0
        ? [paragraph(`${t("reports.table.notes")}${p.colon}${t("reports.problems.noNote")}`)]
        : [paragraph(`${t("reports.table.notes")}${p.colon}`, { spacingAfter: 20 }), ...notes.map((n) => paragraph(`${nameOf(x, n.region)}${p.open}${periodText(x, n.period)}${p.close}${p.colon}${n.note}`, { bullet: true, spacingAfter: 20 }))]),
    ]),
  ];
}

function subregions(x: ReportText, report: SummaryReport) {
  const { t, locale } = x;
  const p = punct(x);
  const header = [
    { text: t("reports.table.rank"), width: 600, align: "center" as const },
    { text: t("reports.table.region"), width: 1300 },
    { text: t("reports.table.score"), width: 800, align: "right" as const },
    { text: t("reports.table.targets"), width: 800, align: "right" as const },
    ...STATUS_DISPLAY_ORDER.map((s) => ({ text: t(`status.${s}`), width: 700, align: "right" as const })),
    { text: t("reports.table.card"), width: TEXT_WIDTH - 3500 - 700 * STATUS_DISPLAY_ORDER.length },
  ];
  const rows = report.subregions.map((s) =>
    row([cell(s.rank === null ? "—" : String(s.rank), { align: "center" }), cell(nameOf(x, s)), cell(scoreText(x, s.score), { align: "right" }), cell(formatNumber(locale, s.total), { align: "right" }), ...STATUS_DISPLAY_ORDER.map((st) => cell(formatNumber(locale, s.counts[st]), { align: "right" })), cell(cardText(x, s.card, report.indicatorNames)?.color ?? "—")]),
  );
  const cards = report.subregions.flatMap((s) => {
    const card = cardText(x, s.card, report.indicatorNames);
    return card ? [paragraph(`${nameOf(x, s)}${p.colon}${card.color}${p.comma}${card.reason}${p.open}${card.indicators}${p.close}`, { bullet: true })] : [];
  });
  return [table(header, rows), ...(cards.length > 0 ? cards : [paragraph(t("reports.subregions.cardsNone"))]), ...issuedCards(x, report)];
}

function completeness(x: ReportText, report: SummaryReport) {
  const { t, locale } = x;
  const c = report.completeness;
  if (c.departments.length === 0) return [paragraph(t("reports.completeness.none"))];
  const header = [{ text: t("reports.table.department"), width: 3412 }, ...(["expectedCount", "submitted", "approved", "notSubmitted"] as const).map((k) => ({ text: t(`reports.table.${k}`), width: 1500, align: "right" as const }))];
  const rows = c.departments.map((d) => row([cell(departmentText(x, d)), ...[d.expected, d.submitted, d.approved, d.expected - d.submitted].map((n) => cell(formatNumber(locale, n), { align: "right" }))]));
  const missing = missingByDepartment(report);
  return [
    paragraph(`${t("reports.completeness.summary", { period: periodText(x, report.period.asOf), expected: c.total.expected, submitted: c.total.submitted, approved: c.total.approved, missing: c.missing.length })}${c.dueDate ? t("reports.completeness.due", { date: formatDate(locale, c.dueDate) }) : ""}`),
    table(header, rows),
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 160, after: 80 }, children: [text(t("reports.completeness.missingTitle"))] }),
    ...(missing.length === 0 ? [paragraph(t("reports.completeness.allSubmitted"))] : missing.map((g) => paragraph(`${departmentText(x, g.department)}${punct(x).colon}${g.items.map((m) => `${nameOf(x, m.region)} ${nameOf(x, m.indicator)}`).join(t("reports.listSeparator"))}`, { bullet: true }))),
  ];
}

export async function writeReportDocx(x: ReportText, report: SummaryReport, sections: readonly ReportSection[]): Promise<Buffer> {
  const { t } = x;
  const title = reportTitle(x, report);
  const body: Record<ReturnType<typeof reportOutline>[number]["key"], () => (Paragraph | Table)[]> = {
    summary: () => overview(x, report),
    targets: () => [targetsTable(x, report.targets)],
    charts: () => [paragraph(t("reports.charts.byArea"), { spacingAfter: 40 }), ...report.areas.map((a) => paragraph(`${nameOf(x, a)}${punct(x).colon}${STATUS_DISPLAY_ORDER.filter((s) => a.counts[s] > 0).map((s) => t("reports.headline.statusCount", { status: t(`status.${s}`), count: a.counts[s] })).join(t("reports.listSeparator"))}`, { bullet: true }))],
    problems: () => problems(x, report),
    subregions: () => subregions(x, report),
    subregionTargets: () => groupByRegion(report.subregionTargets).flatMap((g) => [new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 160, after: 80 }, children: [text(nameOf(x, g.region))] }), targetsTable(x, g.rows)]),
    completeness: () => completeness(x, report),
  };
  const meta = [
    [t("reports.meta.plan"), report.plans.map(planText).join("；")],
    [t("reports.meta.region"), `${nameOf(x, report.region)}${punct(x).open}${report.region.code}${punct(x).close}`],
    [t("reports.meta.period"), periodText(x, report.period.label)],
    [t("reports.meta.asOf"), `${periodText(x, report.period.asOf)}${punct(x).open}${t("reports.meta.officialOnly")}${punct(x).close}`],
    [t("reports.meta.generated"), generatedText(x, report)],
  ];
  const document = new Document({
    creator: t("app.fullName"),
    title,
    styles: {
      default: {
        document: { run: { font: SONG, size: 21 } },
        heading1: { run: { font: HEI, size: 28, bold: false, color: "000000" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: HEI, size: 24, bold: false, color: "000000" } },
        title: { run: { font: HEI, size: 36, color: "000000" } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1300, left: SIDE_MARGIN, right: SIDE_MARGIN } } },
        headers: { default: new Header({ children: [paragraph([text(`${title}${report.isDemo ? `${punct(x).open}${t("reports.demoMarker")}${punct(x).close}` : ""}`, { size: 16, color: "64748B" })], { align: "right" })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: (() => {
                  const [before, middle, after] = t("reports.pageNumber", { page: "\u0000", pages: "\u0000" }).split("\u0000");
                  return [new TextRun({ size: 18, children: [before ?? "", PageNumber.CURRENT, middle ?? "", PageNumber.TOTAL_PAGES, after ?? ""] })];
                })(),
              }),
            ],
          }),
        },
        children: [
          ...(report.isDemo ? [paragraph([text(`【${t("reports.demoMarker")}】${t("reports.demoNotice")}`, { color: "B91C1C", bold: true, size: 18 })])] : []),
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [text(title)] }),
          ...meta.map(([label, value]) => paragraph([text(`${label}${punct(x).colon}`, { bold: true }), text(value ?? "")], { spacingAfter: 20 })),
          ...(report.period.isPartial ? [paragraph(t("reports.partialYear", { year: report.period.label, asOf: periodText(x, report.period.asOf) }))] : []),
          ...reportOutline(x, report, sections).flatMap((part) => [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(part.heading)] }), ...body[part.key]()]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// The report's issued red and yellow cards as sentences, shared by the print page (and so the PDF)
// and the Word file; their reasons also fill the Excel file's cards sheet.
import type { SummaryReport } from "@/lib/data/reports/summary";
import { cardReason } from "@/lib/i18n/card-reason";
import { nameOf, punct, type ReportText } from "./report-text";

/** The card's reason, with the indicators it names. */
export function issuedCardReason(x: ReportText, card: SummaryReport["warnings"][number], indicatorNames: SummaryReport["indicatorNames"]): string {
  const p = punct(x);
  const reason = cardReason(x.t, card);
  const indicators = card.indicatorCodes.map((code) => nameOf(x, indicatorNames[code] ?? { name: code, nameEn: null })).join(p.list);
  return indicators ? `${reason}${p.open}${indicators}${p.close}` : reason;
}

export function issuedCardLine(x: ReportText, card: SummaryReport["warnings"][number], indicatorNames: SummaryReport["indicatorNames"]): string {
  const { t } = x;
  return t("warnings.report.line", {
    region: nameOf(x, card),
    color: t(`warnings.color.${card.color}`),
    reason: issuedCardReason(x, card, indicatorNames),
    status: t(`warnings.status.${card.status}`),
    done: card.tasks.done,
    total: card.tasks.total,
    overdue: card.tasks.overdue,
  });
}

// The cards in scope: colour, region, reason, status, when issued, and how far rectification has got.
import Link from "next/link";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { CardRow } from "@/lib/data/warnings/list";
import { formatDate, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { CardChip } from "./card-chip";
import { cardReason } from "@/lib/i18n/card-reason";

export function CardsTable({ t, locale, cards, indicatorNames }: { t: Translate; locale: Locale; cards: CardRow[]; indicatorNames: ReadonlyMap<string, string> }) {
  if (cards.length === 0) return <p className="text-sm text-slate-500">{t("warnings.noCards")}</p>;
  return (
    <ScrollBox label={t("warnings.cards")}>
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="cards-table">
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.color")}</th>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.region")}</th>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.reason")}</th>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.status")}</th>
            <th scope="col" className="py-2 pr-3">{t("warnings.columns.issuedAt")}</th>
            <th scope="col" className="py-2">{t("warnings.columns.tasks")}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => {
            const region = localizedName(locale, card.region.name, card.region.nameEn);
            const done = card.tasks.filter((task) => task.status === "DONE").length;
            const overdue = card.tasks.filter((task) => task.isOverdue).length;
            return (
              <tr key={card.id} className="border-b border-slate-100 align-top" data-testid={`card-row-${card.region.code}-${card.reasonCode}`}>
                <td className="py-2 pr-3">
                  <CardChip t={t} color={card.color} />
                </td>
                <td className="py-2 pr-3">
                  <Link href={`/warnings/${card.id}`} className="font-medium text-brand-700 hover:underline" aria-label={t("warnings.open", { color: t(`warnings.color.${card.color}`), region })}>
                    {region}
                  </Link>
                </td>
                <td className="py-2 pr-3">
                  {cardReason(t, card)}
                  {card.indicatorCodes.length > 0 && <p className="text-xs text-slate-500">{card.indicatorCodes.map((c) => indicatorNames.get(c) ?? c).join(t("entry.listSeparator"))}</p>}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{t(`warnings.status.${card.status}`)}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDate(locale, card.issuedAt)}</td>
                <td className="py-2 whitespace-nowrap">
                  {card.tasks.length > 0 ? t("warnings.tasksDone", { done, total: card.tasks.length }) : "—"}
                  {overdue > 0 && <p className="text-xs font-medium text-red-700">{t("warnings.tasksOverdue", { count: overdue })}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

import Link from "next/link";
import type { CardRow } from "@/lib/data/warnings/list";
import { ZhText } from "@/components/ui/zh-text";
import { cardReason } from "@/lib/i18n/card-reason";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** The open red and yellow cards (红黄牌) in scope, as issued, with the indicators they name; each opens its card. */
export function CardsList({ t, locale, cards, indicatorNames }: { t: Translate; locale: Locale; cards: CardRow[]; indicatorNames: Map<string, string> }) {
  if (cards.length === 0) return <p className="text-sm text-slate-500">{t("overview.noCards")}</p>;
  return (
    <ul className="space-y-2" data-testid="cards-list">
      {cards.map((card) => {
        const region = localizedName(locale, card.region.name, card.region.nameEn);
        const reason = cardReason(t, card);
        return (
          <li key={card.id} className="flex items-start gap-2 text-sm">
            <span
              className={`mt-0.5 inline-flex h-5 w-4 shrink-0 items-center justify-center rounded-sm text-[10px] font-bold ${card.color === "RED" ? "bg-red-600 text-white" : "bg-yellow-300 text-yellow-950"}`}
              aria-hidden="true"
            >
              {card.color === "RED" ? "红" : "黄"}
            </span>
            <div className="min-w-0">
              <Link href={`/warnings/${card.id}`} className="font-medium hover:underline" aria-label={t("warnings.open", { color: t(`warnings.color.${card.color}`), region })}>
                {region}
              </Link>
              <span className="ml-1">{t(`cards.${card.color}`)}</span>
              {card.status === "LIFT_PROPOSED" && <span className="ml-1 text-xs text-emerald-700">{t("warnings.status.LIFT_PROPOSED")}</span>}
              <p className="break-words text-slate-600">
                <ZhText text={reason} />
                {card.indicatorCodes.length > 0 && (
                  <>
                    : <ZhText text={card.indicatorCodes.map((code) => indicatorNames.get(code) ?? code).join("、")} />
                  </>
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

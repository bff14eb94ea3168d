import Link from "next/link";
import type { Overview } from "@/lib/data/dashboard/overview";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

/** Red and yellow cards (红黄牌) of the sub-regions, with the indicators that earned them. */
export function CardsList({ t, locale, cards, indicatorNames }: { t: Translate; locale: Locale; cards: Overview["cards"]; indicatorNames: Map<string, string> }) {
  if (cards.length === 0) return <p className="text-sm text-slate-500">{t("overview.noCards")}</p>;
  return (
    <ul className="space-y-2" data-testid="cards-list">
      {cards.map((card) => (
        <li key={card.region.code} className="flex items-start gap-2 text-sm">
          <span
            className={`mt-0.5 inline-flex h-5 w-4 shrink-0 items-center justify-center rounded-sm text-[10px] font-bold ${card.color === "RED" ? "bg-red-600 text-white" : "bg-yellow-300 text-yellow-950"}`}
            aria-hidden="true"
          >
            {card.color === "RED" ? "红" : "黄"}
          </span>
          <div>
            <Link href={`/regions/${card.region.code}`} className="font-medium hover:underline">
              {localizedName(locale, card.region.name, card.region.nameEn)}
            </Link>
            <span className="ml-1">{t(`cards.${card.color}`)}</span>
            <p className="text-slate-600">
              {t(`cards.reason.${card.reason}`)}: {card.indicatorCodes.map((code) => indicatorNames.get(code) ?? code).join("、")}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

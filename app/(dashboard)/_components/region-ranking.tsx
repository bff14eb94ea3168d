import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import type { RegionScore } from "@/lib/domain/target-summaries";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { STATUS_STYLE } from "@/lib/ui/status-style";

const SHOWN = ["OFF_TRACK", "AT_RISK", "ON_TRACK", "ACHIEVED"] as const;

/** Sub-regions ranked by score, with their status counts and cards (the table behind the chart). */
export function RegionRanking({ t, locale, rows }: { t: Translate; locale: Locale; rows: (RegionScore & { name: string; nameEn: string | null })[] }) {
  return (
    <ScrollBox label={t("region.comparison")} className="max-w-full">
      <table className="w-full text-left text-sm" data-testid="region-ranking">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="py-1 pr-2 font-medium">{t("region.rank")}</th>
            <th className="py-1 pr-2 font-medium">{t("targets.region")}</th>
            <th className="py-1 pr-2 text-right font-medium">{t("region.score")}</th>
            {SHOWN.map((s) => (
              <th key={s} className="py-1 pr-2 text-right font-medium whitespace-nowrap" title={t(`status.${s}`)}>
                <span aria-hidden="true" style={{ color: STATUS_STYLE[s].ink }}>{STATUS_STYLE[s].icon}</span> <span className="sr-only sm:not-sr-only">{t(`status.${s}`)}</span>
              </th>
            ))}
            <th className="py-1 font-medium">{t("region.card")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.code}>
              <td className="py-1 pr-2 tabular-nums">{row.rank ?? "—"}</td>
              <td className="py-1 pr-2 whitespace-nowrap">
                <Link href={`/regions/${row.code}`} className="text-brand-700 hover:underline">{localizedName(locale, row.name, row.nameEn)}</Link>
              </td>
              <td className="py-1 pr-2 text-right tabular-nums">{row.score === null ? "—" : formatNumber(locale, row.score, 1)}</td>
              {SHOWN.map((s) => (
                <td key={s} className="py-1 pr-2 text-right tabular-nums">{row.counts[s]}</td>
              ))}
              <td className="py-1 whitespace-nowrap">{row.card ? t(`cards.${row.card.color}`) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

import { ScrollBox } from "@/components/ui/scroll-box";
import type { IndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { formatNumber, localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatValue } from "@/lib/i18n/display";

/** The figures behind the ranking: what each region reported for the quarter, with notes. */
export function FigureTable({ t, locale, rows, unit, decimals, isRate }: { t: Translate; locale: Locale; rows: IndicatorDashboard["figures"]; unit: string; decimals: number; isRate: boolean }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("indicator.noFigures")}</p>;
  return (
    <ScrollBox label={t("indicator.title")} className="max-w-full">
      <table className="w-full text-left text-sm" data-testid="figure-table">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="py-1 pr-3 font-medium">{t("targets.region")}</th>
            <th className="py-1 pr-3 text-right font-medium">{t("indicator.value")}</th>
            {isRate && <th className="py-1 pr-3 text-right font-medium">{t("indicator.numerator")}</th>}
            {isRate && <th className="py-1 pr-3 text-right font-medium">{t("indicator.denominator")}</th>}
            <th className="py-1 pr-3 font-medium">{t("indicator.figureStatus")}</th>
            <th className="py-1 font-medium">{t("indicator.note")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((f) => (
            <tr key={f.region.code}>
              <td className="py-1 pr-3 whitespace-nowrap">{localizedName(locale, f.region.name, f.region.nameEn)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatValue(locale, f.value, decimals, unit)}</td>
              {isRate && <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(locale, f.numerator)}</td>}
              {isRate && <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(locale, f.denominator)}</td>}
              <td className="py-1 pr-3 whitespace-nowrap">
                {t(`figureStatus.${f.status}`)}
                {f.isDemo && <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("app.demoBadge")}</span>}
              </td>
              <td className="py-1 text-slate-600">{f.note || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

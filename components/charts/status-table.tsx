import { ScrollBox } from "@/components/ui/scroll-box";
import type { TargetStatus } from "@/lib/domain";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";

/** The table behind a status chart, for screen readers and for reading exact numbers. */
export function StatusTable({ t, locale, rows, firstColumn, caption }: { t: Translate; locale: Locale; rows: { label: string; counts: Record<TargetStatus, number> }[]; firstColumn: string; caption: string }) {
  return (
    <ScrollBox label={caption} className="mt-2 max-w-full">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">{firstColumn}</th>
            {STATUS_DISPLAY_ORDER.map((s) => (
              <th key={s} scope="col" className="py-1 pr-3 text-right font-medium whitespace-nowrap">
                {STATUS_STYLE[s].icon} {t(`status.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="py-1 pr-3 font-normal">{row.label}</th>
              {STATUS_DISPLAY_ORDER.map((s) => (
                <td key={s} className="py-1 pr-3 text-right tabular-nums">{formatNumber(locale, row.counts[s])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

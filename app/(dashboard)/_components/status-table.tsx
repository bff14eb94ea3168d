import type { TargetStatus } from "@/lib/domain";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";

/** The table behind a status chart, for screen readers and for reading exact numbers. */
export function StatusTable({ t, locale, rows, firstColumn }: { t: Translate; locale: Locale; rows: { label: string; counts: Record<TargetStatus, number> }[]; firstColumn: string }) {
  return (
    <div className="mt-2 max-w-full overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-slate-600">
          <tr>
            <th className="py-1 pr-3 font-medium">{firstColumn}</th>
            {STATUS_DISPLAY_ORDER.map((s) => (
              <th key={s} className="py-1 pr-3 text-right font-medium whitespace-nowrap">
                {STATUS_STYLE[s].icon} {t(`status.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.label}>
              <td className="py-1 pr-3">{row.label}</td>
              {STATUS_DISPLAY_ORDER.map((s) => (
                <td key={s} className="py-1 pr-3 text-right tabular-nums">{formatNumber(locale, row.counts[s])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

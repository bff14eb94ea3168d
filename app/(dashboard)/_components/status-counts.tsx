import { StatusBadge } from "@/components/status/status-badge";
import type { TargetStatus } from "@/lib/domain";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { STATUS_DISPLAY_ORDER } from "@/lib/ui/status-style";

export function StatusCounts({ t, locale, counts, total }: { t: Translate; locale: Locale; counts: Record<TargetStatus, number>; total: number }) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" data-testid="status-counts">
      <div className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm" data-testid="stat-targets">
        <p className="text-sm text-slate-500">{t("home.targets")}</p>
        <p className="mt-1 text-2xl font-semibold tabular-nums">{formatNumber(locale, total)}</p>
      </div>
      {STATUS_DISPLAY_ORDER.map((status) => (
        <div key={status} className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm" data-testid={`count-${status}`}>
          <StatusBadge status={status} label={t(`status.${status}`)} />
          <p className="mt-1 text-2xl font-semibold tabular-nums">{formatNumber(locale, counts[status])}</p>
        </div>
      ))}
    </div>
  );
}

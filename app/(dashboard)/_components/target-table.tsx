import Link from "next/link";
import { SparklineSvg } from "@/components/charts/svg-charts";
import { ProgressBar } from "@/components/status/progress-bar";
import { StatusBadge } from "@/components/status/status-badge";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { COMPARATOR_SYMBOL, formatPeriodLabel, formatValue } from "@/lib/i18n/values";
import { STATUS_STYLE } from "@/lib/ui/status-style";

/** Targets with progress, latest value, target, deadline, status and (optionally) a sparkline. */
export function TargetTable({ t, locale, rows, showRegion = false, showSparkline = false, testId }: { t: Translate; locale: Locale; rows: TargetRow[]; showRegion?: boolean; showSparkline?: boolean; testId?: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("dashboard.noTargets")}</p>;
  return (
    <div className="max-w-full overflow-x-auto" data-testid={testId}>
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="py-2 pr-3 font-medium">{t("targets.indicator")}</th>
            {showRegion && <th className="py-2 pr-3 font-medium">{t("targets.region")}</th>}
            <th className="py-2 pr-3 font-medium">{t("targets.progress")}</th>
            <th className="py-2 pr-3 text-right font-medium">{t("targets.latest")}</th>
            <th className="py-2 pr-3 text-right font-medium">{t("targets.target")}</th>
            <th className="py-2 pr-3 font-medium">{t("targets.deadline")}</th>
            <th className="py-2 pr-3 font-medium">{t("targets.status")}</th>
            {showSparkline && <th className="py-2 font-medium">{t("targets.trend")}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const name = localizedName(locale, row.indicator.name, row.indicator.nameEn);
            const { decimals, unit } = row.indicator;
            return (
              <tr key={row.id} className="align-middle" data-indicator={row.indicator.code} data-region={row.region.code}>
                <td className="py-2 pr-3">
                  <Link href={`/indicators/${row.indicator.code}?region=${row.region.code}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {name}
                  </Link>
                  {row.leadDepartment && <span className="ml-2 text-xs text-slate-500">{localizedName(locale, row.leadDepartment.shortName, row.leadDepartment.nameEn)}</span>}
                  {row.smallSample && <span className="ml-2 rounded bg-slate-100 px-1 text-xs text-slate-600" title={t("dashboard.smallSampleHint")}>{t("dashboard.smallSample")}</span>}
                </td>
                {showRegion && (
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <Link href={`/regions/${row.region.code}`} className="hover:underline">{localizedName(locale, row.region.name, row.region.nameEn)}</Link>
                  </td>
                )}
                <td className="py-2 pr-3">
                  <ProgressBar progress={row.progress} expected={row.expected} label={t("targets.progressLabel", { progress: row.progress === null ? "—" : Math.round(row.progress * 100), expected: row.expected === null ? "—" : Math.round(row.expected * 100) })} />
                </td>
                <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">
                  {formatValue(locale, row.latest?.value, decimals, unit)}
                  {row.latest && <span className="block text-xs text-slate-500">{formatPeriodLabel(t, row.latest.period)}</span>}
                </td>
                <td className="py-2 pr-3 text-right tabular-nums whitespace-nowrap">
                  {COMPARATOR_SYMBOL[row.comparator]} {formatValue(locale, row.targetValue, decimals, unit)}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatPeriodLabel(t, row.deadline)}</td>
                <td className="py-2 pr-3">
                  <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
                </td>
                {showSparkline && (
                  <td className="py-2">
                    <SparklineSvg points={row.recent} target={row.targetValue} color={STATUS_STYLE[row.status].color} label={t("targets.trendLabel", { indicator: name })} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

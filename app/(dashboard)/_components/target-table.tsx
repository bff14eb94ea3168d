import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import { SparklineSvg } from "@/components/charts/svg-charts";
import { ProgressBar } from "@/components/status/progress-bar";
import { StatusBadge } from "@/components/status/status-badge";
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatPeriodLabel, formatProgress, formatTarget, formatValue } from "@/lib/i18n/display";
import { STATUS_STYLE } from "@/lib/ui/status-style";

/** A cell: in the table on a laptop; on a phone a field of the row's card, labelled from its data-label (.phone-cards). */
const CELL = "py-2 pr-3 max-md:p-0";
const WIDE_CELL = `${CELL} max-md:col-span-3`;

/**
 * Targets with progress, latest value, target, deadline, status and (optionally) a sparkline. On a
 * phone each row becomes a card instead of a table to scroll sideways: the name, then progress and
 * status, then latest value, target and deadline, then the trend.
 */
export function TargetTable({ t, locale, rows, showRegion = false, showSparkline = false, testId, label }: { t: Translate; locale: Locale; rows: TargetRow[]; showRegion?: boolean; showSparkline?: boolean; testId?: string; label?: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t("dashboard.noTargets")}</p>;
  return (
    <ScrollBox label={label ?? t("nav.targets")} className="max-w-full" testId={testId}>
      <table className="phone-cards w-full text-left text-sm md:min-w-[48rem]">
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
              <tr key={row.id} className="align-middle max-md:grid max-md:grid-cols-3 max-md:gap-x-3 max-md:gap-y-2 max-md:py-3" data-indicator={row.indicator.code} data-region={row.region.code}>
                <td className={WIDE_CELL}>
                  <Link href={`/indicators/${row.indicator.code}?region=${row.region.code}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                    {name}
                  </Link>
                  {row.leadDepartment && <span className="ml-2 text-xs text-slate-500">{localizedName(locale, row.leadDepartment.shortName, row.leadDepartment.nameEn)}</span>}
                  {row.smallSample && <span className="ml-2 rounded bg-slate-100 px-1 text-xs text-slate-600" title={t("dashboard.smallSampleHint")}>{t("dashboard.smallSample")}</span>}
                </td>
                {showRegion && (
                  <td className={`${WIDE_CELL} whitespace-nowrap`} data-label={t("targets.region")}>
                    <Link href={`/regions/${row.region.code}`} className="hover:underline">{localizedName(locale, row.region.name, row.region.nameEn)}</Link>
                  </td>
                )}
                <td className={`${CELL} max-md:col-span-2`} data-label={t("targets.progress")}>
                  <ProgressBar progress={row.progress} expected={row.expected} text={formatProgress(locale, row.progress)} label={t("targets.progressLabel", { progress: formatProgress(locale, row.progress), expected: formatProgress(locale, row.expected) })} />
                </td>
                <td className={`${CELL} tabular-nums whitespace-nowrap max-md:order-1 md:text-right`} data-label={t("targets.latest")}>
                  {formatValue(locale, row.latest?.value, decimals, unit)}
                  {row.latest && <span className="block text-xs text-slate-500">{formatPeriodLabel(t, row.latest.period)}</span>}
                </td>
                <td className={`${CELL} tabular-nums whitespace-nowrap max-md:order-1 md:text-right`} data-label={t("targets.target")}>
                  {formatTarget(locale, row, row.indicator)}
                </td>
                <td className={`${CELL} whitespace-nowrap max-md:order-1`} data-label={t("targets.deadline")}>{formatPeriodLabel(t, row.deadline)}</td>
                <td className={CELL} data-label={t("targets.status")}>
                  <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
                </td>
                {showSparkline && (
                  <td className={`${CELL} max-md:order-1 md:pr-0`} data-label={t("targets.trend")}>
                    <SparklineSvg points={row.recent} target={row.targetValue} color={STATUS_STYLE[row.status].color} label={`${t("targets.trendLabel", { indicator: name })}: ${row.recent.map(([, v]) => formatValue(locale, v, decimals, unit)).join(t("entry.listSeparator"))}`} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}

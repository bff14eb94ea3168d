// GET /api/v1/indicators/CODE/ranking.csv?period=2020Q2[&region=…][&provisional=1]: the ranking
// table as CSV, for a session or an API token.
import { getIndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { formatPeriod } from "@/lib/domain";
import { attachment, toCsv } from "@/lib/export/csv";
import { handle } from "@/lib/http";
import { unitLabel } from "@/lib/i18n/units";
import { localizedName } from "@/lib/i18n/format";
import { cellNumber, formatProgress, formatTarget } from "@/lib/i18n/display";
import { rankingExportRoute } from "./schema";

export const GET = handle(rankingExportRoute, async ({ user, params, query, t, locale, error }) => {
  const dashboard = await getIndicatorDashboard(user, params.code, {
    provisional: query.provisional,
    period: query.period,
    focusRegionCode: query.region ?? null,
  });
  if (!dashboard) return error("NOT_FOUND", "api.errors.indicatorNotFound");
  const { indicator } = dashboard;
  const header = [t("indicator.rank"), t("targets.region"), t("indicator.regionCode"), `${t("indicator.value")} (${unitLabel(locale, indicator.unit)})`, t("targets.target"), t("targets.progress"), t("targets.status"), t("indicator.lead"), t("indicator.coverage")];
  const rows = dashboard.ranking.map((r) => [
    r.rank,
    localizedName(locale, r.region.name, r.region.nameEn),
    r.region.code,
    cellNumber(r.value, indicator.decimals),
    formatTarget(locale, r, indicator),
    r.progress === null ? null : formatProgress(locale, r.progress),
    t(`status.${r.status}`),
    r.leadDepartment ? localizedName(locale, r.leadDepartment.shortName, r.leadDepartment.nameEn) : null,
    r.coverage ? `${r.coverage.reporting}/${r.coverage.expected}` : null,
  ]);
  const filename = `${localizedName(locale, indicator.name, indicator.nameEn)}_${formatPeriod(dashboard.period)}.csv`;
  return new Response(toCsv([header, ...rows]), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(filename) },
  });
});

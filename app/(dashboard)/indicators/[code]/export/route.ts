// GET /indicators/CODE/export?period=2020Q2[&region=…][&provisional=1]: the ranking table as CSV.
import { z } from "zod";
import { getRequestUser } from "@/lib/auth/request-user";
import { getIndicatorDashboard } from "@/lib/data/dashboard/indicator";
import { formatPeriod } from "@/lib/domain";
import { attachment, toCsv } from "@/lib/export/csv";
import { notFound, parseQuery, unauthorized } from "@/lib/http";
import { unitLabel } from "@/lib/i18n/units";
import { localizedName } from "@/lib/i18n/format";
import { getTranslator } from "@/lib/i18n/server";
import { cellNumber, formatProgress, formatTarget } from "@/lib/i18n/display";
import { periodParam, provisionalParam } from "@/lib/validations/dashboard";

const querySchema = z.object({ period: periodParam, provisional: provisionalParam, region: z.string().regex(/^\d{6}$/).optional() });

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const query = parseQuery(querySchema, request.url);
  if (!query.ok) return query.response;
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  const { code } = await params;
  const dashboard = await getIndicatorDashboard(user, code, {
    provisional: query.data.provisional,
    period: query.data.period,
    focusRegionCode: query.data.region ?? null,
  });
  if (!dashboard) return notFound("indicator");
  const { t, locale } = await getTranslator();
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
}

// GET /api/v1/figure-imports/template?period=2020Q3[&department=id]: the XLSX template of the
// department's indicators × regions for the quarter, with last values and empty input columns.
import { getEntryGrid } from "@/lib/data/entry-grid";
import { parsePeriod } from "@/lib/domain";
import { buildFigureTemplate } from "@/lib/export/figure-template";
import { unitLabel } from "@/lib/i18n/units";
import { formatTarget } from "@/lib/i18n/display";
import { handle } from "@/lib/http";
import { localizedName } from "@/lib/i18n/format";
import { templateRoute, XLSX_TYPE } from "./schema";

export const dynamic = "force-dynamic";

const HEADERS = ["indicator", "indicatorName", "region", "regionName", "period", "unit", "kind", "previous", "target", "numerator", "denominator", "value", "note", "version"] as const;

export const GET = handle(templateRoute, async ({ user, query, t, locale, error }) => {
  const period = parsePeriod(query.period);
  const grid = period && (await getEntryGrid(user, { period, departmentId: query.department }));
  if (!grid || grid.period.label !== query.period) return error("NOT_FOUND", "api.errors.periodOrDepartmentNotFound");

  const rows = grid.rows.map((r) => ({
    indicatorCode: r.indicator.code,
    indicatorName: localizedName(locale, r.indicator.name, r.indicator.nameEn),
    regionCode: r.region.code,
    regionName: localizedName(locale, r.region.name, r.region.nameEn),
    unit: unitLabel(locale, r.indicator.unit),
    kind: r.indicator.kind,
    kindLabel: t(`entry.kinds.${r.indicator.kind}`),
    decimals: r.indicator.decimals,
    previous: r.previous?.value ?? null,
    target: r.target ? `${formatTarget(locale, r.target, r.indicator)} (${r.target.deadlineYear})` : "",
    version: r.figure?.version ?? 0,
    isLocked: r.figure?.status === "APPROVED",
  }));
  const buffer = await buildFigureTemplate(grid.period.label, rows, {
    sheet: t("entry.template.sheet"),
    helpSheet: t("entry.template.helpSheet"),
    headers: Object.fromEntries(HEADERS.map((h) => [h, t(`entry.template.headers.${h}`)])) as Record<(typeof HEADERS)[number], string>,
    help: [1, 2, 3, 4, 5, 6].map((n) => t(`entry.template.help${n}`, { period: grid.period.label, department: localizedName(locale, grid.department.name, grid.department.nameEn) })),
  });
  const name = `${t("entry.template.fileName", { department: grid.department.code, period: grid.period.label })}.xlsx`;
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="figures-${grid.department.code}-${grid.period.label}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
});

// The targets table as rows of cells, shared by the CSV and XLSX exports of the targets list.
import type { TargetRow } from "@/lib/data/dashboard/target-rows";
import { localizedName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { unitLabel } from "@/lib/i18n/units";
import { cellNumber, COMPARATOR_SYMBOL } from "@/lib/i18n/display";

export function targetTableHeader(t: Translate): string[] {
  return [
    t("targets.plan"), t("targets.area"), t("targets.indicator"), t("targets.indicatorCode"), t("targets.unit"), t("targets.region"), t("targets.regionCode"),
    t("targets.baseline"), t("targets.comparator"), t("targets.target"), t("targets.deadline"), t("targets.latestPeriod"), t("targets.latest"),
    t("targets.progress"), t("targets.expected"), t("targets.status"), t("targets.lead"), t("targets.source"),
  ];
}

export function targetTableRow(t: Translate, locale: Locale, r: TargetRow): (string | number | null)[] {
  return [
    r.plan?.docNumber ?? r.plan?.title ?? null,
    r.area ? localizedName(locale, r.area.name, r.area.nameEn) : null,
    localizedName(locale, r.indicator.name, r.indicator.nameEn),
    r.indicator.code,
    unitLabel(locale, r.indicator.unit),
    localizedName(locale, r.region.name, r.region.nameEn),
    r.region.code,
    cellNumber(r.baselineValue, r.indicator.decimals),
    COMPARATOR_SYMBOL[r.comparator],
    r.targetValue,
    r.deadline,
    r.latest?.period ?? null,
    cellNumber(r.latest?.value, r.indicator.decimals),
    cellNumber(r.progress, 3),
    cellNumber(r.expected, 3),
    t(`status.${r.status}`),
    r.leadDepartment ? localizedName(locale, r.leadDepartment.shortName, r.leadDepartment.nameEn) : null,
    r.sourceSentence,
  ];
}

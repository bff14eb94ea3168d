// The whole synthetic province as plain data, identical for identical parameters. Figures are
// produced per county on demand (352,000 rows at full scale are never held at once).
import { periodIndex, periodsBetween, type Period } from "@/lib/domain";
import { rngFor } from "../random";
import { departments } from "../data/departments";
import type { SeedDepartment, SeedFigure, SeedRegion, SeedResponsibility, SeedTarget } from "../types";
import { seriesFigures } from "./figures";
import { AREAS, PROVINCE_INDICATORS, type IndicatorSpec } from "./indicators";
import { LAST_PERIOD, PLAN_DEADLINE_YEAR, PROVINCE_CODE, type ProvinceParams } from "./params";
import { countyProfile, type SeriesProfile } from "./profiles";
import { buildProvinceRegions } from "./regions";
import { combineLevels, countyLevel, targetSentence, toSeedTarget } from "./targets";

export interface ProvincePlan {
  title: string;
  docNumber: string;
  issuer: string;
  issueDate: string;
  periodStart: string;
  deadline: string;
  stages: { name: string; startDate: string; endDate: string }[];
  areas: { name: string; nameEn: string }[];
  sourceText: string;
}

export interface ProvinceDataset {
  params: ProvinceParams;
  regions: SeedRegion[];
  cityCodes: string[];
  countyCodes: string[];
  departments: SeedDepartment[];
  indicators: IndicatorSpec[];
  plan: ProvincePlan;
  targets: SeedTarget[];
  responsibilities: SeedResponsibility[];
  /** Oldest first; the last one is open. */
  periods: (Period & { isOpen: boolean })[];
  /** Each county's profiles, one per indicator in catalogue order. */
  profiles: Map<string, SeriesProfile[]>;
}

function periodsEndingAt(last: Period, count: number): Period[] {
  return periodsBetween(periodIndex(last) - count + 1, periodIndex(last));
}

function planFor(indicators: readonly IndicatorSpec[], provinceTargets: readonly SeedTarget[]): ProvincePlan {
  const areas = AREAS.filter((a) => indicators.some((i) => i.area === a.key));
  const paragraphs = areas.map((area, i) => {
    const sentences = provinceTargets.filter((t) => t.area === area.name).map((t) => t.sourceSentence);
    return `（${"一二三四五六七八九十"[i] ?? i + 1}）${area.name}。${sentences.join("")}`;
  });
  return {
    title: "示范省质量强省建设规划（2017—2026年）",
    docNumber: "示政发〔2017〕1号",
    issuer: "示范省人民政府",
    issueDate: "2017-03-15",
    periodStart: "2017-01-01",
    deadline: `${PLAN_DEADLINE_YEAR}-12-31`,
    stages: [
      { name: "夯实基础阶段", startDate: "2017-01-01", endDate: "2020-12-31" },
      { name: "全面提升阶段", startDate: "2021-01-01", endDate: "2025-12-31" },
      { name: "巩固提高阶段", startDate: "2026-01-01", endDate: "2026-12-31" },
    ],
    areas: areas.map((a) => ({ name: a.name, nameEn: a.nameEn })),
    sourceText: [
      "示范省人民政府关于印发示范省质量强省建设规划（2017—2026年）的通知",
      "（本文件为基准测试用合成数据，并非真实政策文件。）",
      "一、主要目标",
      ...paragraphs,
    ].join("\n"),
  };
}

export function buildProvince(params: ProvinceParams): ProvinceDataset {
  if (params.indicators < 1 || params.indicators > PROVINCE_INDICATORS.length) {
    throw new Error(`indicators must be 1–${PROVINCE_INDICATORS.length}`);
  }
  const { regions, cityCodes, countyCodes, countiesByCity } = buildProvinceRegions(params);
  const indicators = PROVINCE_INDICATORS.slice(0, params.indicators);
  const profiles = new Map<string, SeriesProfile[]>();
  for (const [cityCode, counties] of countiesByCity) {
    for (const county of counties) profiles.set(county, indicators.map((spec) => countyProfile(params.seed, spec, county, cityCode)));
  }

  const targets: SeedTarget[] = [];
  const provinceTargets: SeedTarget[] = [];
  indicators.forEach((spec, i) => {
    const cityLevels = cityCodes.map((cityCode) => {
      const countyLevels = (countiesByCity.get(cityCode) ?? []).map((county) => {
        const profile = profiles.get(county)?.[i];
        if (!profile) throw new Error(`no profile for ${county}`);
        const level = countyLevel(profile);
        targets.push(toSeedTarget(spec, county, level, ""));
        return level;
      });
      const level = combineLevels(spec, countyLevels);
      targets.push(toSeedTarget(spec, cityCode, level, ""));
      return level;
    });
    const level = combineLevels(spec, cityLevels);
    const target = toSeedTarget(spec, PROVINCE_CODE, level, targetSentence(spec, level.target));
    targets.push(target);
    provinceTargets.push(target);
  });

  const used = new Set(indicators.flatMap((i) => [i.department, ...i.supporters]));
  return {
    params,
    regions,
    cityCodes,
    countyCodes,
    departments: departments.filter((d) => used.has(d.code)),
    indicators,
    plan: planFor(indicators, provinceTargets),
    targets,
    responsibilities: countyCodes.flatMap((regionCode) =>
      indicators.map((i) => ({ departmentCode: i.department, indicatorCode: i.code, regionCode })),
    ),
    periods: periodsEndingAt(LAST_PERIOD, params.quarters).map((q, i) => ({ ...q, isOpen: i === params.quarters - 1 })),
    profiles,
  };
}

/**
 * Every figure of one county: APPROVED, except in the open quarter, where each department's
 * figures of a county are either still SUBMITTED (about 45 %) or already APPROVED.
 */
export function countyFigures(dataset: ProvinceDataset, countyCode: string): SeedFigure[] {
  const profiles = dataset.profiles.get(countyCode);
  if (!profiles) throw new Error(`${countyCode} is not a county of the dataset`);
  const open = dataset.periods.at(-1);
  const pending = new Map<string, boolean>();
  const isPending = (department: string) => {
    let value = pending.get(department);
    if (value === undefined) pending.set(department, (value = rngFor(dataset.params.seed, "open", countyCode, department)() < 0.45));
    return value;
  };
  return profiles.flatMap((profile) =>
    seriesFigures(dataset.params.seed, profile, dataset.periods, profile.indicator.department).map((f) =>
      open && f.year === open.year && f.quarter === open.quarter && isPending(profile.indicator.department) ? { ...f, status: "SUBMITTED" as const } : f,
    ),
  );
}

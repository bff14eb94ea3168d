// The two demo plans, transcribed from prisma/seed/documents/. Every numeric target that can be
// tracked quarterly or yearly is here, with its exact source clause.
//
// Baselines are DEMO VALUES: the documents do not state them. Rates and stocks get a plausible
// synthetic level for the baseline year ("2016" for 防城港, "2011" for Hebei); CUMULATIVE targets
// ("新增…", "创建…", counted from the plan start) have baseline 0 by definition.
import type { Comparator, Measure, SeedPlan, SeedTarget } from "../types";
import { FANGCHENGGANG_CODE, FANGCHENGGANG_COUNTY_CODES, HEBEI_CODE, type FangchenggangCountyCode } from "./regions";

export const FANGCHENGGANG_DOC_NUMBER = "防政发〔2017〕14号";
export const HEBEI_DOC_NUMBER = "冀政办函〔2012〕28号";

// ---------------------------------------------------------------------------------------------
// 防城港市 防政发〔2017〕14号: city-wide ("全市") targets, cascaded to the four counties.

const GANGKOU = "450602";
const FANGCHENG = "450603";
const SHANGSI = "450621";
const DONGXING = "450681";

/** How a city target is passed down to 港口区, 防城区, 上思县 and 东兴市. */
type Cascade =
  /** A rate: every county gets the same target (baselines differ by county). */
  | { mode: "inherit" }
  /** A count split evenly; the remainder goes to the first counties in `order`; a county whose share is 0 gets no target. */
  | { mode: "split"; order: readonly FangchenggangCountyCode[] }
  /** A small count the office assigns to named counties. */
  | { mode: "allocate"; values: Partial<Record<FangchenggangCountyCode, number>> }
  /** Measured for the city as a whole: no county targets. */
  | { mode: "cityOnly" }
  /** "每个县(市、区)…": a target for each county as written, none for the city. */
  | { mode: "perCounty" };

interface CityTargetSpec {
  indicatorCode: string;
  area: string;
  comparator: Comparator;
  targetValue: number;
  /** Demo value for 2016 (0 for CUMULATIVE). */
  baselineValue: number;
  measure: Measure;
  isMaintain?: boolean;
  lead: string;
  support?: string[];
  weight?: number;
  sourceSentence: string;
  cascade: Cascade;
  /** Smallest unit of a split (0.1 for 万亩). */
  step?: number;
}

/** Demo offsets of county baselines from the city's, for inherited rates (上思县 is the weakest). */
const COUNTY_RATE_BASELINE_OFFSETS: Record<FangchenggangCountyCode, number> = {
  [GANGKOU]: 0.4,
  [FANGCHENG]: -0.1,
  [SHANGSI]: -1.1,
  [DONGXING]: 0.8,
};

const AGRICULTURE_ORDER = [FANGCHENG, SHANGSI, DONGXING, GANGKOU] as const;
const INDUSTRY_ORDER = [GANGKOU, FANGCHENG, DONGXING, SHANGSI] as const;
const SERVICE_ORDER = [GANGKOU, DONGXING, FANGCHENG, SHANGSI] as const;
const COASTAL_ORDER = [DONGXING, GANGKOU, FANGCHENG, SHANGSI] as const;
const TOURISM_ORDER = [DONGXING, FANGCHENG, SHANGSI, GANGKOU] as const;

const fangchenggangCitySpecs: CityTargetSpec[] = [
  // 一、质量提升工程 1. 提升产品质量
  {
    indicatorCode: "MFG_SPOT_PASS",
    area: "产品质量",
    comparator: "GTE",
    targetValue: 93,
    baselineValue: 90.2,
    measure: "LEVEL",
    isMaintain: true,
    lead: "SCJ",
    support: ["GX"],
    weight: 2,
    sourceSentence: "全市制造业产品质量监督抽查合格率稳定在93%以上",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "FOOD_SPOT_PASS",
    area: "产品质量",
    comparator: "GTE",
    targetValue: 95,
    baselineValue: 91,
    measure: "LEVEL",
    lead: "SCJ",
    sourceSentence: "规模以上食品生产企业食品抽查合格率达到95%",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "AGRI_MONITOR_PASS",
    area: "产品质量",
    comparator: "GTE",
    targetValue: 97,
    baselineValue: 94.5,
    measure: "LEVEL",
    lead: "NY",
    sourceSentence: "主要农产品质量安全监测合格率达97%以上",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "FOOD_RAPID_TEST_PASS",
    area: "产品质量",
    comparator: "GTE",
    targetValue: 95,
    baselineValue: 92,
    measure: "LEVEL",
    lead: "NY",
    support: ["SCJ"],
    sourceSentence: "食用农产品快速检测合格率达95%以上",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "DRUG_SAMPLING_COVERAGE",
    area: "产品质量",
    comparator: "GTE",
    targetValue: 100,
    baselineValue: 75,
    measure: "LEVEL",
    lead: "SCJ",
    sourceSentence: "国家基本药物生产企业抽验覆盖率达100%",
    cascade: { mode: "cityOnly" },
  },
  {
    indicatorCode: "AGRI_SAFETY_DEMO_COUNTY",
    area: "产品质量",
    comparator: "GTE",
    targetValue: 3,
    baselineValue: 0,
    measure: "CUMULATIVE",
    lead: "NY",
    support: ["SCJ"],
    sourceSentence: "争创东兴、防城、上思3个县级农产品质量安全示范县",
    // The document names the three counties.
    cascade: { mode: "allocate", values: { [FANGCHENG]: 1, [SHANGSI]: 1, [DONGXING]: 1 } },
  },
  // 2. 提升工程质量
  {
    indicatorCode: "MAJOR_PROJECT_FIRST_PASS",
    area: "工程质量",
    comparator: "GTE",
    targetValue: 100,
    baselineValue: 97.6,
    measure: "LEVEL",
    lead: "ZJ",
    sourceSentence: "全市大中型工程一次验收合格率达100%",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "OTHER_PROJECT_FIRST_PASS",
    area: "工程质量",
    comparator: "GTE",
    targetValue: 98,
    baselineValue: 95.1,
    measure: "LEVEL",
    lead: "ZJ",
    sourceSentence: "其他工程一次验收合格率达98%以上",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "GX_QUALITY_PROJECT_NEW",
    area: "工程质量",
    comparator: "GTE",
    targetValue: 2,
    baselineValue: 0,
    measure: "ANNUAL",
    lead: "ZJ",
    sourceSentence: "每年新增2-3个广西优质工程",
    cascade: { mode: "split", order: INDUSTRY_ORDER },
  },
  // 3. 提升服务质量
  {
    indicatorCode: "MODERN_SERVICE_CLUSTER",
    area: "服务质量",
    comparator: "GTE",
    targetValue: 7,
    baselineValue: 3,
    measure: "LEVEL",
    lead: "FGW",
    support: ["SW"],
    sourceSentence: "建成7个自治区级认定的现代服务业集聚区",
    cascade: { mode: "split", order: SERVICE_ORDER },
  },
  {
    indicatorCode: "PRODUCER_SERVICE_SAT",
    area: "服务质量",
    comparator: "GTE",
    targetValue: 82,
    baselineValue: 78,
    measure: "LEVEL",
    lead: "FGW",
    support: ["SCJ", "TJ"],
    sourceSentence: "生产性服务业顾客满意度达到82%以上",
    cascade: { mode: "inherit" },
  },
  {
    indicatorCode: "CONSUMER_SERVICE_SAT",
    area: "服务质量",
    comparator: "GTE",
    targetValue: 78,
    baselineValue: 74.5,
    measure: "LEVEL",
    lead: "SW",
    support: ["SCJ", "TJ"],
    sourceSentence: "生活性服务业顾客满意度达到78%以上",
    cascade: { mode: "inherit" },
  },
  // 4. 提升人居质量: "满意均达到90%以上" — one target per surveyed item.
  ...(
    [
      ["GREENING_SAT", 85, "ZJ"],
      ["SANITATION_SAT", 83.5, "WJ"],
      ["MIL_CIV_SAT", 88, "TYJR"],
      ["PUBLIC_SECURITY_SAT", 84, "GA"],
    ] as const
  ).map(
    ([indicatorCode, baselineValue, lead]): CityTargetSpec => ({
      indicatorCode,
      area: "人居质量",
      comparator: "GTE",
      targetValue: 90,
      baselineValue,
      measure: "LEVEL",
      lead,
      support: ["TJ"],
      sourceSentence: "群众对城市绿化、卫生状况、军民关系、社会治安等工作的满意均达到90%以上",
      cascade: { mode: "cityOnly" },
    }),
  ),
  // 二、品牌建设工程 4. 打造一批知名品牌 ("全市新增…" applies to the whole list)
  {
    indicatorCode: "GX_BRAND_NEW",
    area: "品牌建设",
    comparator: "GTE",
    targetValue: 30,
    baselineValue: 0,
    measure: "CUMULATIVE",
    lead: "SCJ",
    support: ["GX"],
    weight: 2,
    sourceSentence: "全市新增广西名牌30个以上",
    cascade: { mode: "split", order: INDUSTRY_ORDER },
  },
  cumulative("GX_FAMOUS_TM_NEW", "品牌建设", 50, "SCJ", "广西著名商标50个以上", { mode: "split", order: SERVICE_ORDER }),
  cumulative(
    "QUALITY_BENCHMARK_NEW",
    "品牌建设",
    5,
    "SCJ",
    "自治区级及以上质量标杆认定企业5个以上",
    { mode: "split", order: INDUSTRY_ORDER },
    ["GX"],
  ),
  // "1-2个": the lower bound.
  cumulative("GI_PRODUCT_NEW", "品牌建设", 1, "SCJ", "国家地理标志保护产品1-2个", { mode: "allocate", values: { [FANGCHENG]: 1 } }, [
    "NY",
  ]),
  cumulative(
    "AGRI_CERT_PRODUCT_NEW",
    "品牌建设",
    20,
    "NY",
    "“三品一标”产品20个以上",
    { mode: "split", order: AGRICULTURE_ORDER },
    ["SCJ"],
  ),
  {
    ...cumulative("CERT_BASE_AREA_NEW", "品牌建设", 5, "NY", "基地认证面积新增5万亩以上", {
      mode: "split",
      order: AGRICULTURE_ORDER,
    }),
    step: 0.1,
  },
  cumulative(
    "NATL_AGRI_LEADER_NEW",
    "品牌建设",
    1,
    "NY",
    "培育出1-2家国家级农业产业化龙头企业",
    { mode: "allocate", values: { [FANGCHENG]: 1 } },
  ),
  cumulative("REG_AGRI_LEADER_NEW", "品牌建设", 10, "NY", "10家自治区级农业产业化龙头企业", {
    mode: "split",
    order: AGRICULTURE_ORDER,
  }),
  cumulative("CITY_AGRI_LEADER_NEW", "品牌建设", 30, "NY", "30家市级农业产业化龙头企业", {
    mode: "split",
    order: AGRICULTURE_ORDER,
  }),
  cumulative("REG_AQUA_SEED_FARM_NEW", "品牌建设", 6, "NY", "培育自治区级水产原(良)种场6家", {
    mode: "split",
    order: COASTAL_ORDER,
  }),
  cumulative("NATL_AQUA_SEED_FARM_NEW", "品牌建设", 4, "NY", "国家级水产原(良)种场4家", {
    mode: "split",
    order: COASTAL_ORDER,
  }),
  cumulative("REG_MODERN_AGRI_ZONE", "品牌建设", 1, "NY", "每个县(市、区)创建1个以上自治区级现代农业示范区", {
    mode: "perCounty",
  }),
  cumulative("CITY_MODERN_AGRI_ZONE", "品牌建设", 2, "NY", "2个以上市级现代农业示范区", { mode: "perCounty" }),
  cumulative("SPECIALTY_AGRI_ZONE", "品牌建设", 36, "NY", "创建县、乡两级各类特色农业示范区36个", {
    mode: "split",
    order: AGRICULTURE_ORDER,
  }),
  cumulative("SCENIC_5A_NEW", "品牌建设", 1, "WL", "创建国家5A级景区1个以上", {
    mode: "allocate",
    values: { [DONGXING]: 1 },
  }),
  // "新增…3个" without 以上: still a floor, not an exact count.
  cumulative("SCENIC_4A_NEW", "品牌建设", 3, "WL", "新增国家4A级景区3个", { mode: "split", order: TOURISM_ORDER }),
  cumulative("SCENIC_3A2A_NEW", "品牌建设", 10, "WL", "国家3A级或2A级景区10个以上", {
    mode: "split",
    order: TOURISM_ORDER,
  }),
  cumulative(
    "EXPORT_SAFETY_ZONE",
    "品牌建设",
    1,
    "HG",
    "创建国家级出口产品质量安全示范区1个以上",
    { mode: "allocate", values: { [DONGXING]: 1 } },
    ["SW", "SCJ"],
  ),
  cumulative(
    "ECO_ORIGIN_ZONE",
    "品牌建设",
    1,
    "HG",
    "国家生态原产地产品保护示范区1个以上",
    { mode: "allocate", values: { [FANGCHENG]: 1 } },
    ["LY"],
  ),
  cumulative(
    "ORGANIC_CERT_ZONE",
    "品牌建设",
    1,
    "SCJ",
    "国家有机产品认证示范区1个以上",
    { mode: "allocate", values: { [SHANGSI]: 1 } },
    ["NY"],
  ),
  // 三、标准提升工程 4. 推进标准化改革 ("新增" applies to both kinds of standards)
  cumulative("NATL_INDUSTRY_STD_NEW", "标准化", 3, "SCJ", "新增国家标准和行业标准3项", { mode: "split", order: INDUSTRY_ORDER }, [
    "GX",
  ]),
  cumulative("GX_LOCAL_STD_NEW", "标准化", 20, "SCJ", "广西地方标准20项", { mode: "split", order: INDUSTRY_ORDER }),
  cumulative(
    "ENTERPRISE_STD_DISCLOSED",
    "标准化",
    50,
    "SCJ",
    "公开企业产品和服务标准50项",
    { mode: "split", order: SERVICE_ORDER },
    ["GX"],
  ),
  cumulative("IND_STD_PILOT", "标准化", 3, "SCJ", "工业标准化示范试点3个以上", { mode: "split", order: INDUSTRY_ORDER }, ["GX"]),
  cumulative("AGRI_STD_PILOT", "标准化", 5, "SCJ", "农业标准化示范试点5个以上", { mode: "split", order: AGRICULTURE_ORDER }, [
    "NY",
  ]),
  cumulative("SERVICE_STD_PILOT", "标准化", 3, "SCJ", "服务业标准化示范试点3个以上", { mode: "split", order: SERVICE_ORDER }, [
    "SW",
  ]),
  cumulative("TOURISM_STD_PILOT", "标准化", 3, "WL", "旅游标准化示范点3个以上", { mode: "split", order: TOURISM_ORDER }, [
    "SCJ",
  ]),
  // 四、质量技术支撑工程 (no year in the clause: the plan's 2020)
  cumulative("MAKERSPACE_DEMO", "质量技术支撑", 2, "KJ", "扶持建设2个以上重点示范众创空间", {
    mode: "split",
    order: SERVICE_ORDER,
  }),
];

function cumulative(
  indicatorCode: string,
  area: string,
  targetValue: number,
  lead: string,
  sourceSentence: string,
  cascade: Cascade,
  support: string[] = [],
): CityTargetSpec {
  return {
    indicatorCode,
    area,
    comparator: "GTE",
    targetValue,
    baselineValue: 0,
    measure: "CUMULATIVE",
    lead,
    support,
    sourceSentence,
    cascade,
  };
}

/** Divide `total` into four shares of `step`, evenly, the remainder to the first in `order`. */
function splitEvenly(
  total: number,
  order: readonly FangchenggangCountyCode[],
  step: number,
): Map<FangchenggangCountyCode, number> {
  const units = Math.round(total / step);
  const base = Math.floor(units / order.length);
  const remainder = units - base * order.length;
  const shares = new Map<FangchenggangCountyCode, number>();
  order.forEach((county, index) => {
    const share = base + (index < remainder ? 1 : 0);
    shares.set(county, Number((share * step).toFixed(6)));
  });
  return shares;
}

function toTarget(spec: CityTargetSpec, regionCode: string, targetValue: number, baselineValue: number): SeedTarget {
  return {
    indicatorCode: spec.indicatorCode,
    regionCode,
    area: spec.area,
    comparator: spec.comparator,
    targetValue,
    baselineValue,
    baselinePeriod: "2016",
    deadlineYear: 2020,
    measure: spec.measure,
    isMaintain: spec.isMaintain ?? false,
    leadDepartmentCode: spec.lead,
    supportDepartmentCodes: spec.support ?? [],
    weight: spec.weight ?? 1,
    sourceSentence: spec.sourceSentence,
  };
}

function countyTargets(spec: CityTargetSpec): SeedTarget[] {
  const cascade = spec.cascade;
  switch (cascade.mode) {
    case "cityOnly":
      return [];
    case "inherit":
      return FANGCHENGGANG_COUNTY_CODES.map((county) =>
        toTarget(
          spec,
          county,
          spec.targetValue,
          Number((spec.baselineValue + COUNTY_RATE_BASELINE_OFFSETS[county]).toFixed(1)),
        ),
      );
    case "perCounty":
      return FANGCHENGGANG_COUNTY_CODES.map((county) => toTarget(spec, county, spec.targetValue, spec.baselineValue));
    case "split": {
      const step = spec.step ?? 1;
      const targets = splitEvenly(spec.targetValue, cascade.order, step);
      const baselines = splitEvenly(spec.baselineValue, cascade.order, step);
      return FANGCHENGGANG_COUNTY_CODES.flatMap((county) => {
        const value = targets.get(county) ?? 0;
        return value > 0 ? [toTarget(spec, county, value, baselines.get(county) ?? 0)] : [];
      });
    }
    case "allocate":
      return FANGCHENGGANG_COUNTY_CODES.flatMap((county) => {
        const value = cascade.values[county];
        return value === undefined ? [] : [toTarget(spec, county, value, 0)];
      });
  }
}

const fangchenggangTargets: SeedTarget[] = fangchenggangCitySpecs.flatMap((spec) => [
  ...(spec.cascade.mode === "perCounty" ? [] : [toTarget(spec, FANGCHENGGANG_CODE, spec.targetValue, spec.baselineValue)]),
  ...countyTargets(spec),
]);

const fangchenggangPlan: SeedPlan = {
  title: "关于实施质量强市战略的决定",
  docNumber: FANGCHENGGANG_DOC_NUMBER,
  issuer: "防城港市人民政府",
  issuingRegionCode: FANGCHENGGANG_CODE,
  issueDate: "2017-06-13",
  periodStart: "2017-07-01",
  deadline: "2020-12-31",
  documentFile: "fangchenggang-2017-14.txt",
  // The decision sets 2020 and 2025 goals but no implementation stages.
  stages: [],
  areas: [
    { name: "产品质量", nameEn: "Product quality" },
    { name: "工程质量", nameEn: "Construction quality" },
    { name: "服务质量", nameEn: "Service quality" },
    { name: "人居质量", nameEn: "Living-environment quality" },
    { name: "品牌建设", nameEn: "Brand building" },
    { name: "标准化", nameEn: "Standardisation" },
    { name: "质量技术支撑", nameEn: "Quality infrastructure" },
  ],
  targets: fangchenggangTargets,
};

// ---------------------------------------------------------------------------------------------
// 河北省 冀政办函〔2012〕28号: province-level targets. 牵头单位 → lead, 配合单位 → support; where the
// document lists only 责任单位, the first functional department listed leads unless another is
// clearly the one that runs the scheme (noted below).

interface HebeiTargetSpec {
  indicatorCode: string;
  area: string;
  comparator?: Comparator;
  targetValue: number;
  /** Demo value for 2011. */
  baselineValue: number;
  deadlineYear: 2012 | 2015;
  measure: Measure;
  isMaintain?: boolean;
  lead: string;
  support?: string[];
  weight?: number;
  sourceSentence: string;
}

function hebei(spec: HebeiTargetSpec): SeedTarget {
  return {
    indicatorCode: spec.indicatorCode,
    regionCode: HEBEI_CODE,
    area: spec.area,
    comparator: spec.comparator ?? "GTE",
    targetValue: spec.targetValue,
    baselineValue: spec.baselineValue,
    baselinePeriod: "2011",
    deadlineYear: spec.deadlineYear,
    measure: spec.measure,
    isMaintain: spec.isMaintain ?? false,
    leadDepartmentCode: spec.lead,
    supportDepartmentCodes: spec.support ?? [],
    weight: spec.weight ?? 1,
    sourceSentence: spec.sourceSentence,
  };
}

const BRAND = "名牌战略";
const STANDARDS = "标准化";
const PRODUCT = "产品质量安全";
const CONSTRUCTION = "工程质量";
const SPECIAL_EQUIPMENT = "特种设备安全";
const FARM = "农产品质量";
const SERVICE = "服务质量";
const ENTERPRISE = "企业质量管理";
const CREDIT = "质量诚信与人才";

const hebeiTargets: SeedTarget[] = [
  // (二)1 牵头单位：省质监局、省工业和信息化厅. The 2012 "服务业名牌40项" is the same scheme as
  // (六)'s "每年…40项河北省服务名牌" and is tracked there; (二)3's "2012年培育创建农产品名牌60项"
  // repeats the 农业类名牌 target below.
  ...(
    [
      ["HB_AGRI_BRAND_NEW", 60, "2012年培育农业类河北省名牌产品60项"],
      ["HB_IND_BRAND_NEW", 200, "工业类名牌产品200项"],
      ["HB_QUALITY_PRODUCT_NEW", 150, "省优质产品150项"],
    ] as const
  ).map(([indicatorCode, targetValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: BRAND,
      targetValue,
      baselineValue: 0,
      deadlineYear: 2012,
      measure: "CUMULATIVE",
      lead: "SCJ",
      support: ["GX"],
      sourceSentence,
    }),
  ),
  // "分别增加1%至2%": read as percentage points, the lower bound; target = demo baseline + 1.
  hebei({
    indicatorCode: "HB_BRAND_OUTPUT_SHARE",
    area: BRAND,
    targetValue: 25.3,
    baselineValue: 24.3,
    deadlineYear: 2012,
    measure: "LEVEL",
    lead: "SCJ",
    support: ["GX"],
    sourceSentence: "全省名优产品生产企业的工业总产值、利税总额占全省规模以上工业的比重分别增加1%至2%",
  }),
  hebei({
    indicatorCode: "HB_BRAND_TAX_SHARE",
    area: BRAND,
    targetValue: 28.1,
    baselineValue: 27.1,
    deadlineYear: 2012,
    measure: "LEVEL",
    lead: "SCJ",
    support: ["GX"],
    sourceSentence: "全省名优产品生产企业的工业总产值、利税总额占全省规模以上工业的比重分别增加1%至2%",
  }),
  hebei({
    indicatorCode: "HB_PROV_BRAND_TOTAL",
    area: BRAND,
    targetValue: 1000,
    baselineValue: 720,
    deadlineYear: 2015,
    measure: "LEVEL",
    lead: "SCJ",
    support: ["GX"],
    weight: 2,
    sourceSentence: "到2015年,省名牌产品达到1000项",
  }),
  hebei({
    indicatorCode: "HB_NATL_BRAND_ZONE_NEW",
    area: BRAND,
    targetValue: 2,
    baselineValue: 0,
    deadlineYear: 2015,
    measure: "CUMULATIVE",
    lead: "SCJ",
    support: ["GX"],
    sourceSentence: "创建2个以上“全国知名品牌创建示范区”",
  }),
  hebei({
    indicatorCode: "HB_CN_BRAND_NEW",
    area: BRAND,
    targetValue: 100,
    baselineValue: 0,
    deadlineYear: 2015,
    measure: "CUMULATIVE",
    lead: "SCJ",
    support: ["GX"],
    sourceSentence: "培育100项以上生产规模大、市场占有率高的中国名牌或区域品牌产品",
  }),
  // (二)2 责任单位：省工商局 (now 市场监管).
  hebei({
    indicatorCode: "HB_WELLKNOWN_TM_RECOMMENDED",
    area: BRAND,
    targetValue: 20,
    baselineValue: 16,
    deadlineYear: 2015,
    measure: "ANNUAL",
    lead: "SCJ",
    sourceSentence: "每年争取向国家推荐驰名商标20件",
  }),
  hebei({
    indicatorCode: "HB_FAMOUS_TM_NEW",
    area: BRAND,
    targetValue: 250,
    baselineValue: 210,
    deadlineYear: 2015,
    measure: "ANNUAL",
    lead: "SCJ",
    sourceSentence: "新增著名商标250件",
  }),
  hebei({
    indicatorCode: "HB_WELLKNOWN_TM_NEW",
    area: BRAND,
    targetValue: 100,
    baselineValue: 0,
    deadlineYear: 2015,
    measure: "CUMULATIVE",
    lead: "SCJ",
    sourceSentence: "到2015年,争创100件以上驰名商标",
  }),
  // (三) 标准化. The 2012 milestone "制定完成服务业类地方标准50项" is part of the 200 by 2015.
  hebei({
    indicatorCode: "HB_AGRI_LOCAL_STD",
    area: STANDARDS,
    targetValue: 50,
    baselineValue: 42,
    deadlineYear: 2015,
    measure: "ANNUAL",
    lead: "SCJ",
    support: ["NY", "LY"],
    sourceSentence: "每年制(修)订50项以上省级农业地方标准",
  }),
  ...(
    [
      ["HB_IND_LOCAL_STD", 100, "2012年完成100项以上产业优化升级地方标准"],
      ["HB_ADOPT_STD_TASK", 120, "全年完成采标任务120项以上"],
      ["HB_ADOPT_STD_MARK", 80, "实施采标标志80项以上"],
    ] as const
  ).map(([indicatorCode, targetValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: STANDARDS,
      targetValue,
      baselineValue: 0,
      deadlineYear: 2012,
      measure: "CUMULATIVE",
      lead: "SCJ",
      support: ["GX"],
      sourceSentence,
    }),
  ),
  hebei({
    indicatorCode: "HB_SERVICE_LOCAL_STD",
    area: STANDARDS,
    targetValue: 200,
    baselineValue: 0,
    deadlineYear: 2015,
    measure: "CUMULATIVE",
    lead: "SCJ",
    support: ["SW", "JT", "WL"],
    sourceSentence: "到2015年,制(修)订200项以上服务业地方标准",
  }),
  // (四)1 责任单位：省质监局. "产品质量总体水平提高3个百分点": target = demo baseline + 3.
  hebei({
    indicatorCode: "HB_PRODUCT_SPOT_PASS",
    area: PRODUCT,
    targetValue: 91.4,
    baselineValue: 88.4,
    deadlineYear: 2012,
    measure: "LEVEL",
    lead: "SCJ",
    sourceSentence: "2012年底力争全省产品质量总体水平提高3个百分点",
  }),
  // "穗定" is the document's typo for 稳定.
  hebei({
    indicatorCode: "HB_KEY_PRODUCT_TRACK_PASS",
    area: PRODUCT,
    targetValue: 98,
    baselineValue: 96.8,
    deadlineYear: 2015,
    measure: "LEVEL",
    isMaintain: true,
    lead: "SCJ",
    weight: 2,
    sourceSentence: "到2015年,国家重点产品可比性跟踪监督抽查大中型企业产品的平均合格率穗定在98%以上",
  }),
  // (四)2 责任单位 led by 省政府食安办 (now in 市场监管).
  hebei({
    indicatorCode: "HB_FOOD_SAFETY_INCIDENT",
    area: PRODUCT,
    comparator: "LTE",
    targetValue: 0,
    baselineValue: 0,
    deadlineYear: 2015,
    measure: "ANNUAL",
    lead: "SCJ",
    support: ["WJ", "NY", "LY", "SW", "GA", "HG"],
    sourceSentence: "确保不发生区域性、系统性、行业性食品安全事件",
  }),
  // (四)4 牵头单位：省住房和城乡建设厅.
  hebei({
    indicatorCode: "HB_STRUCT_QUALITY_PROJECT",
    area: CONSTRUCTION,
    targetValue: 200,
    baselineValue: 176,
    deadlineYear: 2015,
    measure: "ANNUAL",
    lead: "ZJ",
    sourceSentence: "每年创建不少于200项结构优质工程",
  }),
  hebei({
    indicatorCode: "HB_MAJOR_STRUCT_ACCIDENT",
    area: CONSTRUCTION,
    comparator: "LTE",
    targetValue: 0,
    baselineValue: 1,
    deadlineYear: 2015,
    measure: "ANNUAL",
    lead: "ZJ",
    sourceSentence: "实现建设工程重大结构质量安全零事故",
  }),
  hebei({
    indicatorCode: "HB_COMPLETED_PROJECT_STD_RATE",
    area: CONSTRUCTION,
    targetValue: 100,
    baselineValue: 97.2,
    deadlineYear: 2015,
    measure: "LEVEL",
    lead: "ZJ",
    sourceSentence: "到2015年,竣工工程质量全部达到国家标准或规范要求",
  }),
  // (四)5 牵头单位：省质监局；配合单位 include 省法制办, 省住建厅, 省交通运输厅, 省安监局, 省公安厅,
  // 省旅游局, 省教育厅, 省卫生厅. "确保…100%" is an ongoing requirement: judged on the latest period.
  ...(
    [
      ["HB_SE_INSPECTION_RATE", 96.5],
      ["HB_SE_HAZARD_FIX_RATE", 94.8],
    ] as const
  ).map(([indicatorCode, baselineValue]) =>
    hebei({
      indicatorCode,
      area: SPECIAL_EQUIPMENT,
      targetValue: 100,
      baselineValue,
      deadlineYear: 2015,
      measure: "LEVEL",
      isMaintain: true,
      lead: "SCJ",
      support: ["SF", "ZJ", "JT", "YJ", "GA", "WL", "JY", "WJ"],
      sourceSentence: "确保重点监控设备定期检验率、隐患整改率100%",
    }),
  ),
  // (五) 责任单位：省农业厅、省林业厅、省商务厅、河北出入境检验检疫局.
  ...(
    [
      ["HB_AGRI_STD_PRODUCTION_RATE", 90, 78, "到2015年标准化生产率达到90%以上"],
      // "一半以上" = 50%.
      ["HB_POLLUTION_FREE_AREA_SHARE", 50, 38, "无公害生产面积达到全省产地总面积的一半以上"],
      ["HB_BASE_AQUATIC_RESIDUE_PASS", 97, 95.2, "全省基地水产品药残监测合格率达到97%以上"],
      // "墓地" is the document's typo for 基地.
      ["HB_BASE_PRODUCE_PASS", 100, 98.6, "努力实现墓地蔬菜、畜禽、果品总体合格率达到100%"],
    ] as const
  ).map(([indicatorCode, targetValue, baselineValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: FARM,
      targetValue,
      baselineValue,
      deadlineYear: 2015,
      measure: "LEVEL",
      lead: "NY",
      support: ["LY", "SW", "HG"],
      sourceSentence,
    }),
  ),
  // (六) lists sector regulators first, but the 服务质量奖 and 服务名牌 are run by 省质监局.
  ...(
    [
      ["HB_SERVICE_QUALITY_AWARD", 50, 30, "每年培育50家河北省服务质量奖单位"],
      ["HB_SERVICE_BRAND_NEW", 40, 28, "40项河北省服务名牌"],
    ] as const
  ).map(([indicatorCode, targetValue, baselineValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: SERVICE,
      targetValue,
      baselineValue,
      deadlineYear: 2015,
      measure: "ANNUAL",
      lead: "SCJ",
      support: ["JT", "WL", "SW", "WJ"],
      sourceSentence,
    }),
  ),
  // (七)1 责任单位：省质监局、省国资委、省工业和信息化厅. No year in the clause: the plan's 2015.
  // The 2012 milestones (首批150家示范企业, 政府质量奖企业10家) are steps towards these.
  ...(
    [
      ["HB_EXCELLENCE_MODEL_FIRMS", 500, "选择500家企业推广卓越绩效管理模式"],
      ["HB_EXCELLENCE_MANAGERS", 500, "培育500名熟悉了解卓越绩效管理模式的管理人员"],
      ["HB_EXCELLENCE_EXPERTS", 50, "50名熟练运用标准为企业提供咨询服务、参与政府质量奖评审的专家"],
      ["HB_GOV_QUALITY_AWARD_FIRMS", 50, "力争50家企业创“省政府质量奖”"],
    ] as const
  ).map(([indicatorCode, targetValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: ENTERPRISE,
      targetValue,
      baselineValue: 0,
      deadlineYear: 2015,
      measure: "CUMULATIVE",
      lead: "SCJ",
      support: ["GZW", "GX"],
      sourceSentence,
    }),
  ),
  // (七)2 责任单位：省工业和信息化厅. "每年上升1%": four years to 2015, target = demo baseline + 4.
  hebei({
    indicatorCode: "HB_KEY_FIRM_SUPERIOR_OUTPUT_RATE",
    area: ENTERPRISE,
    targetValue: 35.5,
    baselineValue: 31.5,
    deadlineYear: 2015,
    measure: "LEVEL",
    lead: "GX",
    sourceSentence: "重点工业企业的优等品产值率每年上升1%",
  }),
  ...(
    [
      ["HB_INTL_STD_PRODUCTION_RATE", 90, 72, "到2015年,重点产业主要产品采用国际标准或国外先进标准组织生产达到90%以上"],
      ["HB_GRADE_PRODUCT_RATE", 85, 78, "重点产业产品质量等级品率达到85%以上"],
      ["HB_SUPERIOR_PRODUCT_RATE", 45, 38, "钢铁、装备制造、石化产业主导产品的优等品率达到45%以上"],
      // Also stated in (四)2; "全部" = 100%.
      ["HB_PHARMA_EXPORT_STD_RATE", 100, 82, "医药原料药、制剂主要出口产品全部采用国外先进标准"],
    ] as const
  ).map(([indicatorCode, targetValue, baselineValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: ENTERPRISE,
      targetValue,
      baselineValue,
      deadlineYear: 2015,
      measure: "LEVEL",
      lead: "GX",
      sourceSentence,
    }),
  ),
  // (七)3 责任单位：省质监局、省工业和信息化厅、省环境保护厅.
  ...(
    [
      ["HB_QC_NATIONAL", 20, 14, "每年争创国优QC小组20个"],
      ["HB_QC_PROVINCIAL", 300, 260, "省优QC小组300个"],
    ] as const
  ).map(([indicatorCode, targetValue, baselineValue, sourceSentence]) =>
    hebei({
      indicatorCode,
      area: ENTERPRISE,
      targetValue,
      baselineValue,
      deadlineYear: 2015,
      measure: "ANNUAL",
      lead: "SCJ",
      support: ["GX", "STHJ"],
      sourceSentence,
    }),
  ),
  // (九)1 责任单位：省质监局、各设区市政府. "全部建档" = 100%.
  hebei({
    indicatorCode: "HB_CREDIT_FILE_RATE",
    area: CREDIT,
    targetValue: 100,
    baselineValue: 64,
    deadlineYear: 2012,
    measure: "LEVEL",
    lead: "SCJ",
    sourceSentence: "2012年对所有纳入行政许可管理和强制性认证管理的重点产品生产(制造)企业全部建档",
  }),
  // (十一) 责任单位：省质监局、省人力资源和社会保障厅. "2015年前" read as by the end of 2015.
  hebei({
    indicatorCode: "HB_QUALIFIED_QM_RATE",
    area: CREDIT,
    targetValue: 100,
    baselineValue: 55,
    deadlineYear: 2015,
    measure: "LEVEL",
    lead: "SCJ",
    support: ["RS"],
    sourceSentence: "2015年前在全省实行生产许可管理的企业中,全部配备具有质量专业技术资格的质量管理人员",
  }),
  hebei({
    indicatorCode: "HB_QUALITY_SIGNOFF_FIRMS",
    area: CREDIT,
    targetValue: 100,
    baselineValue: 0,
    deadlineYear: 2012,
    measure: "CUMULATIVE",
    lead: "SCJ",
    support: ["RS"],
    sourceSentence: "2012年在100家企业推行出厂产品质量负责人签字制度",
  }),
];

const hebeiPlan: SeedPlan = {
  title: "河北省深入推进质量兴省和名牌战略实施方案",
  docNumber: HEBEI_DOC_NUMBER,
  issuer: "河北省人民政府办公厅",
  issuingRegionCode: HEBEI_CODE,
  issueDate: "2012-03-27",
  periodStart: "2012-03-27",
  deadline: "2015-12-31",
  documentFile: "hebei-2012-28.txt",
  // 二、实施步骤
  stages: [
    { name: "工作落实阶段", startDate: "2012-03-01", endDate: "2012-12-31" },
    { name: "目标落实阶段", startDate: "2013-01-01", endDate: "2015-06-30" },
    { name: "工作总结阶段", startDate: "2015-07-01", endDate: "2015-12-31" },
  ],
  areas: [
    { name: BRAND, nameEn: "Brand strategy" },
    { name: STANDARDS, nameEn: "Standardisation" },
    { name: PRODUCT, nameEn: "Product and food safety" },
    { name: CONSTRUCTION, nameEn: "Construction quality" },
    { name: SPECIAL_EQUIPMENT, nameEn: "Special equipment safety" },
    { name: FARM, nameEn: "Farm-product quality" },
    { name: SERVICE, nameEn: "Service quality" },
    { name: ENTERPRISE, nameEn: "Enterprise quality management" },
    { name: CREDIT, nameEn: "Quality credit and personnel" },
  ],
  targets: hebeiTargets,
};

export const plans: SeedPlan[] = [fangchenggangPlan, hebeiPlan];

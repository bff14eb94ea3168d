// The demo's designed outcomes and the small tables behind its figures: which status each
// (target, region) pair should end in, the counties' denominators, the returned and missing
// figures of the open period. demo-figures.ts turns them into figures.
import type { TargetStatus } from "@/lib/domain";

/** A designed outcome: one of the app's target statuses. */
export type DemoScenario = TargetStatus;

// M = MISSED, "-" = no target. County columns: 港口区 防城区 上思县 东兴市.
// Profiles: 东兴市 mostly good; 港口区 good with gaps; 防城区 mixed (one RATE off track: a yellow
// card); 上思县 weakest (two RATE off track: a red card). Small counts allow only A or X.

export const SCENARIO_LETTERS: Record<string, DemoScenario> = {
  A: "ACHIEVED",
  O: "ON_TRACK",
  R: "AT_RISK",
  X: "OFF_TRACK",
  N: "NO_DATA",
  M: "MISSED",
};

export const COUNTY_SCENARIOS: Record<string, string> = {
  MFG_SPOT_PASS: "AORA",
  FOOD_SPOT_PASS: "ORXA",
  AGRI_MONITOR_PASS: "AORO",
  FOOD_RAPID_TEST_PASS: "OARA",
  MAJOR_PROJECT_FIRST_PASS: "AAAA",
  OTHER_PROJECT_FIRST_PASS: "OXRA",
  PRODUCER_SERVICE_SAT: "AORO",
  CONSUMER_SERVICE_SAT: "ORXA",
  AGRI_SAFETY_DEMO_COUNTY: "-AXA",
  GX_QUALITY_PROJECT_NEW: "AX--",
  MODERN_SERVICE_CLUSTER: "AXAA",
  GX_BRAND_NEW: "ORXA",
  GX_FAMOUS_TM_NEW: "OORA",
  QUALITY_BENCHMARK_NEW: "AAXA",
  GI_PRODUCT_NEW: "-A--",
  AGRI_CERT_PRODUCT_NEW: "ARXA",
  CERT_BASE_AREA_NEW: "OANR",
  NATL_AGRI_LEADER_NEW: "-A--",
  REG_AGRI_LEADER_NEW: "AAXA",
  CITY_AGRI_LEADER_NEW: "AORA",
  REG_AQUA_SEED_FARM_NEW: "AAXA",
  NATL_AQUA_SEED_FARM_NEW: "XAXA",
  REG_MODERN_AGRI_ZONE: "XAAA",
  CITY_MODERN_AGRI_ZONE: "AAXA",
  SPECIALTY_AGRI_ZONE: "NORA",
  SCENIC_5A_NEW: "---X",
  SCENIC_4A_NEW: "-AXA",
  SCENIC_3A2A_NEW: "XAAA",
  EXPORT_SAFETY_ZONE: "---A",
  ECO_ORIGIN_ZONE: "-A--",
  ORGANIC_CERT_ZONE: "--X-",
  NATL_INDUSTRY_STD_NEW: "AX-A",
  GX_LOCAL_STD_NEW: "AARA",
  ENTERPRISE_STD_DISCLOSED: "AOXO",
  IND_STD_PILOT: "AA-X",
  AGRI_STD_PILOT: "AXAA",
  SERVICE_STD_PILOT: "AN-A",
  TOURISM_STD_PILOT: "-AXA",
  MAKERSPACE_DEMO: "A--A",
};

/** Indicators measured only city-wide: the city enters its own figures. */
export const CITY_SCENARIOS: Record<string, string> = {
  DRUG_SAMPLING_COVERAGE: "A",
  GREENING_SAT: "A",
  SANITATION_SAT: "O",
  MIL_CIV_SAT: "A",
  PUBLIC_SECURITY_SAT: "R",
};

export const HEBEI_SCENARIOS: Record<string, string> = {
  HB_AGRI_BRAND_NEW: "A",
  HB_IND_BRAND_NEW: "A",
  HB_QUALITY_PRODUCT_NEW: "M",
  HB_BRAND_OUTPUT_SHARE: "A",
  HB_BRAND_TAX_SHARE: "M",
  HB_PROV_BRAND_TOTAL: "A",
  HB_NATL_BRAND_ZONE_NEW: "A",
  HB_CN_BRAND_NEW: "M",
  HB_WELLKNOWN_TM_RECOMMENDED: "A",
  HB_FAMOUS_TM_NEW: "A",
  HB_WELLKNOWN_TM_NEW: "M",
  HB_AGRI_LOCAL_STD: "A",
  HB_IND_LOCAL_STD: "A",
  HB_ADOPT_STD_TASK: "A",
  HB_ADOPT_STD_MARK: "M",
  HB_SERVICE_LOCAL_STD: "A",
  HB_PRODUCT_SPOT_PASS: "M",
  HB_KEY_PRODUCT_TRACK_PASS: "A",
  HB_FOOD_SAFETY_INCIDENT: "A",
  HB_STRUCT_QUALITY_PROJECT: "A",
  HB_MAJOR_STRUCT_ACCIDENT: "A",
  HB_COMPLETED_PROJECT_STD_RATE: "M",
  HB_SE_INSPECTION_RATE: "A",
  HB_SE_HAZARD_FIX_RATE: "M",
  HB_AGRI_STD_PRODUCTION_RATE: "M",
  HB_POLLUTION_FREE_AREA_SHARE: "A",
  HB_BASE_AQUATIC_RESIDUE_PASS: "A",
  HB_BASE_PRODUCE_PASS: "M",
  HB_SERVICE_QUALITY_AWARD: "A",
  HB_SERVICE_BRAND_NEW: "M",
  HB_EXCELLENCE_MODEL_FIRMS: "A",
  HB_EXCELLENCE_MANAGERS: "A",
  HB_EXCELLENCE_EXPERTS: "A",
  HB_GOV_QUALITY_AWARD_FIRMS: "M",
  HB_KEY_FIRM_SUPERIOR_OUTPUT_RATE: "M",
  HB_INTL_STD_PRODUCTION_RATE: "M",
  HB_GRADE_PRODUCT_RATE: "A",
  HB_SUPERIOR_PRODUCT_RATE: "M",
  HB_PHARMA_EXPORT_STD_RATE: "M",
  HB_QC_NATIONAL: "A",
  HB_QC_PROVINCIAL: "A",
  HB_CREDIT_FILE_RATE: "A",
  HB_QUALIFIED_QM_RATE: "M",
  HB_QUALITY_SIGNOFF_FIRMS: "A",
};

/** Typical denominators per quarter (batches, samples, unit works, respondents …). */
export const COUNTY_DENOMINATORS: Record<string, readonly [number, number, number, number]> = {
  MFG_SPOT_PASS: [260, 120, 60, 90],
  // 上思县 has few large food producers: its batches stay below 30 (the small-sample case).
  FOOD_SPOT_PASS: [70, 45, 18, 40],
  AGRI_MONITOR_PASS: [150, 480, 420, 300],
  FOOD_RAPID_TEST_PASS: [1600, 1200, 900, 1400],
  MAJOR_PROJECT_FIRST_PASS: [70, 50, 40, 55],
  OTHER_PROJECT_FIRST_PASS: [220, 160, 90, 140],
  PRODUCER_SERVICE_SAT: [300, 200, 150, 250],
  CONSUMER_SERVICE_SAT: [400, 300, 200, 350],
};

export const SINGLE_DENOMINATORS: Record<string, { base: number; spread: number }> = {
  // Four essential-medicine manufacturers in the city: always a small sample.
  DRUG_SAMPLING_COVERAGE: { base: 4, spread: 0 },
  GREENING_SAT: { base: 900, spread: 0.1 },
  SANITATION_SAT: { base: 900, spread: 0.1 },
  MIL_CIV_SAT: { base: 900, spread: 0.1 },
  PUBLIC_SECURITY_SAT: { base: 900, spread: 0.1 },
  HB_BRAND_OUTPUT_SHARE: { base: 11000, spread: 0.12 },
  HB_BRAND_TAX_SHARE: { base: 850, spread: 0.15 },
  HB_PRODUCT_SPOT_PASS: { base: 3000, spread: 0.2 },
  HB_KEY_PRODUCT_TRACK_PASS: { base: 750, spread: 0.2 },
  HB_COMPLETED_PROJECT_STD_RATE: { base: 3800, spread: 0.2 },
  HB_SE_INSPECTION_RATE: { base: 10000, spread: 0.15 },
  HB_SE_HAZARD_FIX_RATE: { base: 2000, spread: 0.2 },
  HB_AGRI_STD_PRODUCTION_RATE: { base: 9000, spread: 0.02 },
  HB_POLLUTION_FREE_AREA_SHARE: { base: 9000, spread: 0.02 },
  HB_BASE_AQUATIC_RESIDUE_PASS: { base: 400, spread: 0.2 },
  HB_BASE_PRODUCE_PASS: { base: 2500, spread: 0.2 },
  HB_KEY_FIRM_SUPERIOR_OUTPUT_RATE: { base: 3200, spread: 0.12 },
  HB_INTL_STD_PRODUCTION_RATE: { base: 1200, spread: 0.03 },
  HB_GRADE_PRODUCT_RATE: { base: 3000, spread: 0.12 },
  HB_SUPERIOR_PRODUCT_RATE: { base: 1500, spread: 0.12 },
  HB_PHARMA_EXPORT_STD_RATE: { base: 120, spread: 0.03 },
  HB_CREDIT_FILE_RATE: { base: 6000, spread: 0.02 },
  HB_QUALIFIED_QM_RATE: { base: 5000, spread: 0.02 },
};

/** The two figures of the open period that the office sent back, with the department's note. */
export const RETURNED_FIGURES: Record<string, { note: string; reviewComment: string; value?: number }> = {
  "FOOD_SPOT_PASS|450621": {
    note: "本季度补充抽查了部分食品小作坊产品，抽查批次增加，合格率有所回升",
    reviewComment: "抽查批次与市局下达的抽检计划不一致，请核实后重新报送。",
  },
  "GX_BRAND_NEW|450603": {
    note: "本季度新增广西名牌产品1个，自治区认定文件待印发",
    value: 1,
    reviewComment: "认定文件尚未正式公布，请待自治区公布名单后再报送。",
  },
};

/** Department × county pairs that have not started the open period at all. */
export const SILENT_IN_OPEN_PERIOD = new Set(["WL|450602"]);
/** NO_DATA pairs whose department has begun a first draft in the open period. */
export const DRAFT_ONLY_PAIRS = new Set(["CERT_BASE_AREA_NEW|450621"]);

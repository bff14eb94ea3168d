// Synthetic quarterly figures for the demo, generated from a fixed seed so every run is identical.
//
// 防城港 (2017Q3–2020Q3): figures are entered by the counties (the city's value is their roll-up),
// except for the indicators measured only city-wide. 2017Q3–2020Q2 are APPROVED; 2020Q3 is the
// open period (mostly SUBMITTED, some DRAFT, two RETURNED, some missing). Each designed
// (target, region) pair follows a scenario from the tables below: a noisy path from the baseline
// that ends, at 2020Q2, where the scenario says relative to the straight line from the 2016
// baseline to the 2020 target. Every series is then checked with the app's own status computation
// (demo-scenario-check.ts: the target's TargetSpec, the approved figures, evaluateTarget as of
// 2020Q2 and 2020Q3) and redrawn until it gives the designed status.
// Hebei (2012Q2–2015Q4, 2012Q4 for the 2012 targets): province-level APPROVED figures; every
// target ends ACHIEVED or MISSED (checked the same way: as of 2020, long after its deadline).
import type { TargetSpec, TargetStatus } from "@/lib/domain";
import { indicators } from "./data/indicators";
import { FANGCHENGGANG_DOC_NUMBER, HEBEI_DOC_NUMBER, plans } from "./data/plans";
import { FANGCHENGGANG_CODE, FANGCHENGGANG_COUNTY_CODES } from "./data/regions";
import { responsibilities } from "./data/responsibilities";
import { demoTargetSpec, reachesScenario } from "./demo-scenario-check";
import { pick, randomInt, rngFor, uniform, type Rng } from "./random";
import type { SeedFigure, SeedFigureStatus, SeedIndicator, SeedPlan, SeedTarget } from "./types";

export const DEMO_SEED = 20170613;

export const DEMO_PERIODS = { first: "2017Q3", openPeriod: "2020Q3", last: "2020Q4" } as const;
export const HEBEI_DEMO_PERIODS = { first: "2012Q2", last: "2015Q4" } as const;

/** A designed outcome: one of the app's target statuses. */
export type DemoScenario = TargetStatus;

export function demoTargetKey(docNumber: string, indicatorCode: string, regionCode: string): string {
  return `${docNumber}|${indicatorCode}|${regionCode}`;
}

export function demoFigureKey(indicatorCode: string, regionCode: string, year: number, quarter: number): string {
  return `${indicatorCode}|${regionCode}|${year}Q${quarter}`;
}

// ---------------------------------------------------------------------------------------------
// Scenario tables. A = ACHIEVED, O = ON_TRACK, R = AT_RISK, X = OFF_TRACK, N = NO_DATA,
// M = MISSED, "-" = no target. County columns: 港口区 防城区 上思县 东兴市.
// Profiles: 东兴市 mostly good; 港口区 good with gaps; 防城区 mixed (one RATE off track: a yellow
// card); 上思县 weakest (two RATE off track: a red card). Small counts allow only A or X.

const SCENARIO_LETTERS: Record<string, DemoScenario> = {
  A: "ACHIEVED",
  O: "ON_TRACK",
  R: "AT_RISK",
  X: "OFF_TRACK",
  N: "NO_DATA",
  M: "MISSED",
};

const COUNTY_SCENARIOS: Record<string, string> = {
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
const CITY_SCENARIOS: Record<string, string> = {
  DRUG_SAMPLING_COVERAGE: "A",
  GREENING_SAT: "A",
  SANITATION_SAT: "O",
  MIL_CIV_SAT: "A",
  PUBLIC_SECURITY_SAT: "R",
};

const HEBEI_SCENARIOS: Record<string, string> = {
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
const COUNTY_DENOMINATORS: Record<string, readonly [number, number, number, number]> = {
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

const SINGLE_DENOMINATORS: Record<string, { base: number; spread: number }> = {
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
const RETURNED_FIGURES: Record<string, { note: string; reviewComment: string; value?: number }> = {
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
const SILENT_IN_OPEN_PERIOD = new Set(["WL|450602"]);
/** NO_DATA pairs whose department has begun a first draft in the open period. */
const DRAFT_ONLY_PAIRS = new Set(["CERT_BASE_AREA_NEW|450621"]);

// ---------------------------------------------------------------------------------------------
// Quarters and time

interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

function parseQuarter(label: string): Quarter {
  const match = /^(\d{4})Q([1-4])$/.exec(label);
  if (!match) throw new Error(`Bad quarter label ${label}`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
}

function quarterRange(first: string, last: string): Quarter[] {
  const end = parseQuarter(last);
  const result: Quarter[] = [];
  let current = parseQuarter(first);
  while (current.year < end.year || (current.year === end.year && current.quarter <= end.quarter)) {
    result.push(current);
    current =
      current.quarter === 4 ? { year: current.year + 1, quarter: 1 } : { year: current.year, quarter: (current.quarter + 1) as Quarter["quarter"] };
  }
  return result;
}

/** End of a quarter as a decimal year: 2017Q3 → 2017.75. */
function quarterEnd(quarter: Quarter): number {
  return quarter.year + quarter.quarter / 4;
}

/** A calendar date as a decimal year, to quarter precision for the dates the plans use. */
function dateToYear(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new Error(`Bad date ${isoDate}`);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

// ---------------------------------------------------------------------------------------------
// Series generation

interface Sample {
  quarter: Quarter;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

interface SeriesSpec {
  indicator: SeedIndicator;
  quarters: Quarter[];
  /** Number of leading quarters that are official (APPROVED). */
  officialCount: number;
  baselineEnd: number;
  planStart: number;
  deadlineEnd: number;
  denominator: { base: number; spread: number } | null;
}

/** Where on the way from baseline to target a series is: 0 = baseline, 1 = target. */
function progressPath(scenario: DemoScenario, rng: Rng, monotone: boolean): (x: number) => number {
  switch (scenario) {
    case "ACHIEVED": {
      const reachedAt = uniform(rng, 0.6, 0.9);
      const gamma = uniform(rng, 0.8, 1.3);
      const overshoot = uniform(rng, 0.03, 0.2);
      return (x) => (x < reachedAt ? (x / reachedAt) ** gamma : 1 + (overshoot * (x - reachedAt)) / (1.1 - reachedAt));
    }
    case "ON_TRACK": {
      const end = uniform(rng, 0.9, 0.975);
      const gamma = uniform(rng, 1, 2);
      return (x) => end * Math.max(0, x) ** gamma;
    }
    case "AT_RISK":
    case "MISSED": {
      const end = scenario === "AT_RISK" ? uniform(rng, 0.74, 0.79) : uniform(rng, 0.35, 0.9);
      const knee = uniform(rng, 0.4, 0.65);
      const atKnee = end * uniform(rng, 0.78, 0.93);
      return (x) => (x < knee ? (atKnee * x) / knee : atKnee + ((end - atKnee) * (x - knee)) / (1 - knee));
    }
    case "OFF_TRACK": {
      const peakAt = uniform(rng, 0.3, 0.6);
      const peak = uniform(rng, 0.3, 0.6);
      const end = monotone ? peak : uniform(rng, -0.4, 0.35);
      return (x) => (x < peakAt ? (peak * x) / peakAt : peak + ((end - peak) * (x - peakAt)) / (1 - peakAt));
    }
    case "NO_DATA":
      return () => 0;
  }
}

function noiseScale(x: number): number {
  return x >= 1 ? 0.04 : 0.12 * (1 - x) + 0.03;
}

/** The x at which a quarter sits: 0 at the start of the path, 1 at the last official quarter. */
function pathPositions(spec: SeriesSpec, start: number): number[] {
  const lastOfficial = spec.quarters[spec.officialCount - 1];
  const evaluationEnd = lastOfficial === undefined ? spec.deadlineEnd : quarterEnd(lastOfficial);
  return spec.quarters.map((quarter) => (quarterEnd(quarter) - start) / (evaluationEnd - start));
}

function buildRateSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng, scale: number): Sample[] {
  const baseline = target.baselineValue ?? 0;
  const span = target.targetValue - baseline;
  const path = progressPath(scenario, rng, false);
  const positions = pathPositions(spec, spec.baselineEnd);
  const reachedAt = scenario === "ACHIEVED" ? findReach(path) : Infinity;
  const denominator = spec.denominator ?? { base: 100, spread: 0.2 };
  return spec.quarters.map((quarter, index) => {
    const x = positions[index] ?? 0;
    const noise = uniform(rng, -1, 1) * noiseScale(x);
    let progress = path(x) + noise;
    if (x >= reachedAt) progress = Math.max(progress, 1);
    const rate = Math.min(100, Math.max(0, baseline + span * progress));
    const den = Math.max(1, Math.round(denominator.base * scale * uniform(rng, 1 - denominator.spread, 1 + denominator.spread)));
    let num = Math.min(den, Math.max(0, Math.round((rate * den) / 100)));
    if (x >= reachedAt) num = Math.max(num, Math.min(den, Math.ceil((target.targetValue * den) / 100 - 1e-9)));
    return { quarter, value: (100 * num) / den, numerator: num, denominator: den };
  });
}

function findReach(path: (x: number) => number): number {
  for (let x = 0; x <= 1.2; x += 0.01) if (path(x) >= 1) return x;
  return Infinity;
}

function buildStockSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng): Sample[] {
  const baseline = target.baselineValue ?? 0;
  const span = target.targetValue - baseline;
  const path = progressPath(scenario, rng, true);
  const positions = pathPositions(spec, spec.baselineEnd);
  let level = baseline;
  return spec.quarters.map((quarter, index) => {
    const x = positions[index] ?? 0;
    const jitter = uniform(rng, -0.04, 0.04);
    level = Math.max(level, Math.round(baseline + span * (path(x) + jitter)));
    return { quarter, value: level, numerator: null, denominator: null };
  });
}

function buildCumulativeSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng): Sample[] {
  const unit = 10 ** -spec.indicator.decimals;
  const targetUnits = Math.round(target.targetValue / unit);
  const path = progressPath(scenario, rng, true);
  const positions = pathPositions(spec, spec.planStart);
  const reachedAt = scenario === "ACHIEVED" ? findReach(path) : Infinity;
  let cumulative = 0;
  return spec.quarters.map((quarter, index) => {
    const x = positions[index] ?? 0;
    const jitter = uniform(rng, -0.05, 0.05);
    let next = Math.max(cumulative, Math.round(targetUnits * (path(x) + jitter)));
    if (x >= reachedAt) next = Math.max(next, targetUnits);
    const flow = next - cumulative;
    cumulative = next;
    return { quarter, value: Number((flow * unit).toFixed(spec.indicator.decimals)), numerator: null, denominator: null };
  });
}

/** Split a yearly total over that year's quarters at random. */
function distribute(total: number, slots: number, rng: Rng): number[] {
  const shares = new Array<number>(slots).fill(0);
  for (let i = 0; i < total; i += 1) {
    const slot = Math.floor(rng() * slots);
    shares[slot] = (shares[slot] ?? 0) + 1;
  }
  return shares;
}

function buildAnnualSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng): Sample[] {
  const baseline = target.baselineValue ?? 0;
  const goal = target.targetValue;
  const years = [...new Set(spec.quarters.map((quarter) => quarter.year))];
  const lastOfficial = spec.quarters[spec.officialCount - 1];
  if (lastOfficial === undefined) throw new Error("An ANNUAL series needs official quarters");
  const finalYear = lastOfficial.year;
  const firstYear = years[0] ?? finalYear;
  const totals = new Map<number, number>();
  for (const year of years) {
    const x = (year - firstYear + 1) / (finalYear - firstYear + 1);
    let total: number;
    if (goal === 0) {
      // "零事故"/"不发生": zero in the final years, an early incident where the baseline had one.
      total = baseline > 0 && year === firstYear ? 1 : 0;
    } else if (scenario === "ACHIEVED") {
      total = year >= finalYear - 1 ? goal + randomInt(rng, 0, Math.max(1, Math.round(goal * 0.1))) : Math.round(baseline + (goal - baseline) * x * uniform(rng, 0.85, 1.1));
    } else if (scenario === "MISSED") {
      total = year === finalYear ? Math.floor(goal * uniform(rng, 0.72, 0.95)) : Math.round(baseline + (goal - baseline) * x * uniform(rng, 0.6, 1));
    } else {
      // OFF_TRACK: nothing in the last full year nor so far this year.
      total = year >= finalYear - 1 ? 0 : randomInt(rng, 0, goal);
    }
    totals.set(year, Math.max(0, total));
  }
  const samples: Sample[] = [];
  for (const year of years) {
    const inYear = spec.quarters.filter((quarter) => quarter.year === year);
    const officialInYear = inYear.filter((quarter) => spec.quarters.indexOf(quarter) < spec.officialCount);
    // The final year's total falls within its official quarters, so the year to date already shows it.
    const slots = year === finalYear && officialInYear.length > 0 ? officialInYear.length : inYear.length;
    const shares = distribute(totals.get(year) ?? 0, slots, rng);
    inYear.forEach((quarter, index) => {
      const extra = index >= slots ? randomInt(rng, 0, 1) * (goal > 0 && scenario === "ACHIEVED" ? 1 : 0) : 0;
      samples.push({ quarter, value: (shares[index] ?? 0) + extra, numerator: null, denominator: null });
    });
  }
  return samples;
}

function buildSeries(spec: SeriesSpec, target: SeedTarget, scenario: DemoScenario, rng: Rng, scale: number): Sample[] {
  if (spec.indicator.kind === "RATE") return buildRateSeries(spec, target, scenario, rng, scale);
  if (target.measure === "ANNUAL") return buildAnnualSeries(spec, target, scenario, rng);
  if (target.measure === "CUMULATIVE") return buildCumulativeSeries(spec, target, scenario, rng);
  return buildStockSeries(spec, target, scenario, rng);
}

/** A sample as the figure it is entered as: a rate by its counts, anything else by its value. */
function figureValues(indicator: SeedIndicator, sample: Sample): Pick<SeedFigure, "year" | "quarter" | "value" | "numerator" | "denominator"> {
  const isRate = indicator.kind === "RATE";
  return {
    year: sample.quarter.year,
    quarter: sample.quarter.quarter,
    value: isRate ? null : sample.value,
    numerator: isRate ? sample.numerator : null,
    denominator: isRate ? sample.denominator : null,
  };
}

const MAX_ATTEMPTS = 400;

/** Draws series until the app's status computation gives the designed scenario (demo-scenario-check.ts). */
function generateDesignedSeries(spec: SeriesSpec, target: SeedTarget, targetSpec: TargetSpec, scenario: DemoScenario, key: string): Sample[] {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const rng = rngFor(DEMO_SEED, key, attempt);
    // Later attempts sample more widely, which gives rates a finer grain.
    const scale = spec.denominator !== null && spec.denominator.base >= 30 ? 1 + Math.floor(attempt / 100) * 0.5 : 1;
    const samples = buildSeries(spec, target, scenario, rng, scale);
    const official = samples.slice(0, spec.officialCount).map((sample) => figureValues(spec.indicator, sample));
    if (reachesScenario(targetSpec, official, scenario)) return samples;
  }
  throw new Error(`Demo figures: no series for ${key} reaches ${scenario}`);
}

// ---------------------------------------------------------------------------------------------
// Notes: the department's explanations on weak or sharply lower values.

type NoteFamily = "spot" | "farm" | "project" | "survey" | "count";

function noteFamily(indicatorCode: string): NoteFamily {
  if (indicatorCode === "MFG_SPOT_PASS" || indicatorCode === "FOOD_SPOT_PASS" || indicatorCode === "DRUG_SAMPLING_COVERAGE") return "spot";
  if (indicatorCode === "AGRI_MONITOR_PASS" || indicatorCode === "FOOD_RAPID_TEST_PASS") return "farm";
  if (indicatorCode.endsWith("PROJECT_FIRST_PASS")) return "project";
  if (indicatorCode.endsWith("_SAT")) return "survey";
  return "count";
}

const NOTES: Record<NoteFamily, readonly [string, ...string[]]> = {
  spot: [
    "受台风影响，部分企业停产，抽查批次减少",
    "小微企业产品不合格问题较突出，已组织专项整治和不合格产品后处理",
    "抽查重点转向风险较高的小作坊和小微企业，合格率有所下降",
  ],
  farm: [
    "蔬菜农药残留超标批次增加，已开展专项整治",
    "受持续降雨影响，叶菜类病虫害多发，用药量上升",
    "已对不合格产品来源基地开展溯源和复检",
  ],
  project: [
    "部分项目施工单位质量管理不到位，未能一次通过验收，已责令整改",
    "本季度竣工项目集中，个别住宅项目分户验收未通过，整改后已复验",
  ],
  survey: ["受访者对服务收费和等候时间的满意度偏低", "本季度新增乡镇样本，满意度有所下降"],
  count: [
    "企业申报积极性不高，已加强培育辅导",
    "自治区评审安排在第四季度，本季度暂无新增",
    "申报材料已上报，待上级部门审定",
  ],
};

const EPIDEMIC_NOTES: Record<NoteFamily, string> = {
  spot: "受新冠肺炎疫情影响，一季度抽查工作推迟，抽查批次减少",
  farm: "受新冠肺炎疫情影响，一季度例行监测推迟",
  project: "受新冠肺炎疫情影响，一季度停工项目较多，竣工验收推迟",
  survey: "受新冠肺炎疫情影响，一季度改为电话调查，样本结构有变化",
  count: "受新冠肺炎疫情影响，评审和认定工作推迟",
};

function explain(indicatorCode: string, quarter: Quarter, rng: Rng): string {
  const family = noteFamily(indicatorCode);
  if (quarter.year === 2020 && quarter.quarter === 1) return EPIDEMIC_NOTES[family];
  return pick(rng, NOTES[family]);
}

// ---------------------------------------------------------------------------------------------
// Assembling the figures

const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));

function requirePlan(docNumber: string): SeedPlan {
  const plan = plans.find((candidate) => candidate.docNumber === docNumber);
  if (!plan) throw new Error(`Plan ${docNumber} missing`);
  return plan;
}

function requireIndicator(code: string): SeedIndicator {
  const indicator = indicatorByCode.get(code);
  if (!indicator) throw new Error(`Indicator ${code} missing`);
  return indicator;
}

function responsibleDepartment(indicatorCode: string, regionCode: string): string {
  const found = responsibilities.find((item) => item.indicatorCode === indicatorCode && item.regionCode === regionCode);
  if (!found) throw new Error(`No department reports ${indicatorCode} for ${regionCode}`);
  return found.departmentCode;
}

function scenarioFromLetter(letter: string | undefined, context: string): DemoScenario {
  const scenario = letter === undefined ? undefined : SCENARIO_LETTERS[letter];
  if (scenario === undefined) throw new Error(`Demo scenario table: bad entry for ${context}`);
  return scenario;
}

/** Designed (target, region) pairs of 防城港: county targets and the city-only indicators. */
function fangchenggangScenarios(): Map<string, DemoScenario> {
  const plan = requirePlan(FANGCHENGGANG_DOC_NUMBER);
  const result = new Map<string, DemoScenario>();
  const countyCodes: readonly string[] = FANGCHENGGANG_COUNTY_CODES;
  for (const target of plan.targets) {
    const column = countyCodes.indexOf(target.regionCode);
    if (column >= 0) {
      const row = COUNTY_SCENARIOS[target.indicatorCode];
      const letter = row?.[column];
      if (letter === "-") throw new Error(`Demo scenario table: ${target.indicatorCode} has a target in ${target.regionCode}`);
      result.set(`${target.indicatorCode}|${target.regionCode}`, scenarioFromLetter(letter, `${target.indicatorCode} ${target.regionCode}`));
    } else if (target.regionCode === FANGCHENGGANG_CODE && target.indicatorCode in CITY_SCENARIOS) {
      result.set(`${target.indicatorCode}|${target.regionCode}`, scenarioFromLetter(CITY_SCENARIOS[target.indicatorCode], target.indicatorCode));
    }
  }
  for (const [indicatorCode, row] of Object.entries(COUNTY_SCENARIOS)) {
    countyCodes.forEach((regionCode, column) => {
      if (row[column] !== "-" && !result.has(`${indicatorCode}|${regionCode}`)) {
        throw new Error(`Demo scenario table: ${indicatorCode} has no target in ${regionCode}`);
      }
    });
  }
  return result;
}

function buildDemoScenarios(): Record<string, DemoScenario> {
  const scenarios: Record<string, DemoScenario> = {};
  for (const [pair, scenario] of fangchenggangScenarios()) {
    const [indicatorCode = "", regionCode = ""] = pair.split("|");
    scenarios[demoTargetKey(FANGCHENGGANG_DOC_NUMBER, indicatorCode, regionCode)] = scenario;
  }
  for (const target of requirePlan(HEBEI_DOC_NUMBER).targets) {
    scenarios[demoTargetKey(HEBEI_DOC_NUMBER, target.indicatorCode, target.regionCode)] = scenarioFromLetter(
      HEBEI_SCENARIOS[target.indicatorCode],
      target.indicatorCode,
    );
  }
  return scenarios;
}

/**
 * The designed status of each demo target, keyed by demoTargetKey(docNumber, indicator, region):
 * 防城港's county targets and city-only targets, and Hebei's targets, as the app evaluates them as of
 * 2020Q2 and 2020Q3 (Hebei's long after their deadlines).
 * 防城港's city-wide targets that are rolled up from the counties are not designed, so not listed.
 */
export const DEMO_SCENARIOS: Readonly<Record<string, DemoScenario>> = buildDemoScenarios();

/** Reviewer comments for the RETURNED figures, keyed by demoFigureKey. */
export const DEMO_REVIEW_COMMENTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(RETURNED_FIGURES).map(([pair, item]) => {
    const [indicatorCode = "", regionCode = ""] = pair.split("|");
    const open = parseQuarter(DEMO_PERIODS.openPeriod);
    return [demoFigureKey(indicatorCode, regionCode, open.year, open.quarter), item.reviewComment];
  }),
);

function toFigure(
  indicator: SeedIndicator,
  regionCode: string,
  sample: Sample,
  status: SeedFigureStatus,
  note: string,
  departmentCode: string,
): SeedFigure {
  return { indicatorCode: indicator.code, regionCode, ...figureValues(indicator, sample), note, status, departmentCode };
}

/** Status of a pair's figure in the open period, or null when it has not been entered. */
function openPeriodStatus(pair: string, departmentCode: string, regionCode: string, rng: Rng): SeedFigureStatus | null {
  if (pair in RETURNED_FIGURES) return "RETURNED";
  if (SILENT_IN_OPEN_PERIOD.has(`${departmentCode}|${regionCode}`)) return null;
  const draw = rng();
  if (draw < 0.08) return null;
  if (draw < 0.2) return "DRAFT";
  return "SUBMITTED";
}

function generateFangchenggangFigures(): SeedFigure[] {
  const plan = requirePlan(FANGCHENGGANG_DOC_NUMBER);
  const scenarios = fangchenggangScenarios();
  const quarters = quarterRange(DEMO_PERIODS.first, DEMO_PERIODS.openPeriod);
  const open = parseQuarter(DEMO_PERIODS.openPeriod);
  const officialCount = quarters.length - 1;
  const targetByPair = new Map(plan.targets.map((target) => [`${target.indicatorCode}|${target.regionCode}`, target]));
  const planIndicators = [...new Set(plan.targets.map((target) => target.indicatorCode))];
  const figures: SeedFigure[] = [];

  for (const indicatorCode of planIndicators) {
    const indicator = requireIndicator(indicatorCode);
    const cityOnly = indicatorCode in CITY_SCENARIOS;
    const regionCodes: readonly string[] = cityOnly ? [FANGCHENGGANG_CODE] : FANGCHENGGANG_COUNTY_CODES;
    regionCodes.forEach((regionCode, column) => {
      const pair = `${indicatorCode}|${regionCode}`;
      const departmentCode = responsibleDepartment(indicatorCode, regionCode);
      const target = targetByPair.get(pair) ?? null;
      const scenario = scenarios.get(pair) ?? null;
      const countyDenominator = COUNTY_DENOMINATORS[indicatorCode]?.[column];
      const spec: SeriesSpec = {
        indicator,
        quarters,
        officialCount,
        baselineEnd: 2017,
        planStart: dateToYear(plan.periodStart),
        deadlineEnd: 2021,
        denominator:
          countyDenominator !== undefined && !cityOnly
            ? { base: countyDenominator, spread: 0.2 }
            : (SINGLE_DENOMINATORS[indicatorCode] ?? null),
      };
      const noteRng = rngFor(DEMO_SEED, pair, "notes");
      const openRng = rngFor(DEMO_SEED, pair, "open");

      if (scenario === "NO_DATA") {
        if (DRAFT_ONLY_PAIRS.has(pair) && target !== null) {
          const openSample = buildSeries(spec, target, "ON_TRACK", rngFor(DEMO_SEED, pair), 1).at(-1);
          if (openSample) figures.push(toFigure(indicator, regionCode, openSample, "DRAFT", "首次填报，数据待核实", departmentCode));
        }
        return;
      }

      // A county without a share of a small count reports zeros.
      const samples =
        target !== null && scenario !== null
          ? generateDesignedSeries(spec, target, demoTargetSpec(target, indicator, plan), scenario, pair)
          : quarters.map((quarter) => ({ quarter, value: 0, numerator: null, denominator: null }));
      const weak = scenario === "OFF_TRACK" || scenario === "AT_RISK";

      samples.forEach((sample, index) => {
        const isOpen = sample.quarter.year === open.year && sample.quarter.quarter === open.quarter;
        const previous = samples[index - 1];
        const sharpDrop = indicator.kind === "RATE" && previous !== undefined && previous.value - sample.value > 3;
        const recent = index >= officialCount - 2;
        let note = "";
        if ((weak && recent) || sharpDrop) note = explain(indicatorCode, sample.quarter, noteRng);
        if (!isOpen) {
          figures.push(toFigure(indicator, regionCode, sample, "APPROVED", note, departmentCode));
          return;
        }
        const status = openPeriodStatus(pair, departmentCode, regionCode, openRng);
        if (status === null) return;
        const returned = RETURNED_FIGURES[pair];
        const entered = returned?.value === undefined ? sample : { ...sample, value: returned.value };
        figures.push(toFigure(indicator, regionCode, entered, status, returned?.note ?? note, departmentCode));
      });
    });
  }
  return figures;
}

const HEBEI_MISSED_NOTES = [
  "受钢铁、水泥等行业压减产能影响，部分企业停产减产",
  "企业申报积极性不高，已加强政策引导和培育辅导",
  "部分市县工作进展不平衡，已列入督查通报",
] as const;

function generateHebeiFigures(): SeedFigure[] {
  const plan = requirePlan(HEBEI_DOC_NUMBER);
  const figures: SeedFigure[] = [];
  for (const target of plan.targets) {
    const indicator = requireIndicator(target.indicatorCode);
    const pair = `${target.indicatorCode}|${target.regionCode}`;
    const scenario = scenarioFromLetter(HEBEI_SCENARIOS[target.indicatorCode], target.indicatorCode);
    const last = target.deadlineYear === 2012 ? "2012Q4" : HEBEI_DEMO_PERIODS.last;
    const quarters = quarterRange(HEBEI_DEMO_PERIODS.first, last);
    const spec: SeriesSpec = {
      indicator,
      quarters,
      officialCount: quarters.length,
      baselineEnd: 2012,
      planStart: dateToYear(plan.periodStart),
      deadlineEnd: target.deadlineYear + 1,
      denominator: SINGLE_DENOMINATORS[target.indicatorCode] ?? null,
    };
    const samples = generateDesignedSeries(spec, target, demoTargetSpec(target, indicator, plan), scenario, `${HEBEI_DOC_NUMBER}|${pair}`);
    const departmentCode = responsibleDepartment(target.indicatorCode, target.regionCode);
    const noteRng = rngFor(DEMO_SEED, pair, "notes");
    samples.forEach((sample, index) => {
      const note = scenario === "MISSED" && index === samples.length - 1 ? pick(noteRng, HEBEI_MISSED_NOTES) : "";
      figures.push(toFigure(indicator, target.regionCode, sample, "APPROVED", note, departmentCode));
    });
  }
  return figures;
}

/** All demo figures, identical on every call. */
export function generateDemoFigures(): SeedFigure[] {
  return [...generateFangchenggangFigures(), ...generateHebeiFigures()];
}

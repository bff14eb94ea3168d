// The province's 80 indicators (40 RATE, 20 STOCK, 20 FLOW), with what the generator needs to
// draw believable baselines, targets and figures for each. Codes are P_RATE_01…, P_STOCK_01…,
// P_FLOW_01…; the catalogue is ordered RATE, RATE, STOCK, FLOW, … so any prefix mixes the kinds.
import type { Measure, SeedIndicator } from "../types";

export const AREAS = [
  { key: "PRODUCT", name: "产品质量", nameEn: "Product quality" },
  { key: "CONSTRUCTION", name: "工程质量", nameEn: "Construction quality" },
  { key: "SERVICE", name: "服务质量", nameEn: "Service quality" },
  { key: "ENVIRONMENT", name: "环境质量", nameEn: "Environmental quality" },
  { key: "BRAND", name: "品牌建设", nameEn: "Brand building" },
  { key: "STANDARD", name: "标准化", nameEn: "Standardisation" },
  { key: "INFRA", name: "质量技术基础", nameEn: "Quality infrastructure" },
  { key: "FOOD", name: "食品药品安全", nameEn: "Food and drug safety" },
] as const;

export type AreaKey = (typeof AREAS)[number]["key"];

export interface IndicatorSpec extends SeedIndicator {
  area: AreaKey;
  department: string;
  supporters: string[];
  measure: Measure;
  deadlineYear: number;
  isMaintain: boolean;
  /** County baselines are drawn from this range (RATE: %, STOCK: level, FLOW: amount in 2016). */
  base: readonly [number, number];
  /**
   * RATE: the target rate, the same at every level (rates are inherited when a target is split).
   * STOCK, FLOW: relative change by the deadline (0.5 = +50 %, −0.3 = −30 %). CUMULATIVE FLOW:
   * the plan asks for (1 + goal) × ten years at the baseline pace.
   */
  goal: number;
  /** RATE: a typical county's denominator per quarter. */
  denominator: number;
  /** RATE: share of counties with nothing to sample (0/0 in every quarter: no official value). */
  idleShare: number;
}

type Options = Partial<Pick<IndicatorSpec, "supporters" | "measure" | "deadlineYear" | "isMaintain" | "idleShare" | "decimals">> & {
  lower?: boolean;
};

type Draft = Omit<IndicatorSpec, "code">;

function rate(name: string, nameEn: string, area: AreaKey, department: string, base: [number, number], goal: number, denominator: number, o: Options = {}): Draft {
  return {
    name,
    nameEn,
    unit: "%",
    kind: "RATE",
    direction: o.lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
    decimals: o.decimals ?? 1,
    definition: `分子：本季度${o.lower ? "不合格（未达标）" : "合格（达标）"}数；分母：本季度检查（监测、调查）总数。`,
    area,
    department,
    supporters: o.supporters ?? [],
    measure: o.measure ?? "LEVEL",
    deadlineYear: o.deadlineYear ?? 2026,
    isMaintain: o.isMaintain ?? false,
    base,
    goal,
    denominator,
    idleShare: o.idleShare ?? 0,
  };
}

function stock(name: string, nameEn: string, unit: string, area: AreaKey, department: string, base: [number, number], goal: number, o: Options = {}): Draft {
  return {
    name,
    nameEn,
    unit,
    kind: "STOCK",
    direction: "HIGHER_IS_BETTER",
    decimals: o.decimals ?? 0,
    definition: `季度末${name.replace(/数$|量$/, "")}的数量（存量）。`,
    area,
    department,
    supporters: o.supporters ?? [],
    measure: "LEVEL",
    deadlineYear: o.deadlineYear ?? 2026,
    isMaintain: false,
    base,
    goal,
    denominator: 0,
    idleShare: 0,
  };
}

function flow(name: string, nameEn: string, unit: string, area: AreaKey, department: string, base: [number, number], goal: number, o: Options = {}): Draft {
  return {
    name,
    nameEn,
    unit,
    kind: "FLOW",
    direction: o.lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
    decimals: o.decimals ?? 0,
    definition: `本季度${name}（当季发生额）。`,
    area,
    department,
    supporters: o.supporters ?? [],
    measure: o.measure ?? "ANNUAL",
    deadlineYear: o.deadlineYear ?? 2026,
    isMaintain: false,
    base,
    goal,
    denominator: 0,
    idleShare: 0,
  };
}

const rates: Draft[] = [
  rate("制造业产品质量监督抽查合格率", "Manufactured products: spot-check pass rate", "PRODUCT", "SCJ", [91, 95.5], 97, 60, { supporters: ["GX"] }),
  rate("主导产业产品质量监督抽查合格率", "Leading industries: spot-check pass rate", "PRODUCT", "SCJ", [89, 95], 96, 30, { supporters: ["GX"] }),
  rate("工业产品生产许可获证企业监督检查合格率", "Licensed manufacturers: inspection pass rate", "PRODUCT", "SCJ", [94, 97.5], 98.5, 15),
  rate("消费品质量监督抽查合格率", "Consumer goods: spot-check pass rate", "PRODUCT", "SCJ", [87, 93], 95, 40),
  rate("重点工业产品质量安全追溯覆盖率", "Key industrial products: traceability coverage", "PRODUCT", "GX", [55, 75], 90, 25),
  rate("规模以上工业企业质量管理体系认证率", "Large industrial firms: QMS certification rate", "PRODUCT", "GX", [45, 70], 85, 80, { supporters: ["SCJ"] }),
  rate("农产品质量安全例行监测合格率", "Farm produce: routine monitoring pass rate", "PRODUCT", "NY", [96, 98.5], 98, 120, { isMaintain: true }),
  rate("出口商品检验合格率", "Export goods: inspection pass rate", "PRODUCT", "HG", [96, 99], 99, 20, { idleShare: 0.2, supporters: ["SW"] }),
  rate("工程竣工验收合格率", "Completed works: acceptance pass rate", "CONSTRUCTION", "ZJ", [96, 99], 99, 25),
  rate("大中型工程一次验收合格率", "Large works: first-time acceptance rate", "CONSTRUCTION", "ZJ", [93, 97], 98, 10),
  rate("城镇新建建筑节能标准执行率", "New urban buildings: energy-code compliance", "CONSTRUCTION", "ZJ", [88, 96], 99, 30),
  rate("绿色建筑占城镇新建建筑比例", "Green buildings: share of new urban buildings", "CONSTRUCTION", "ZJ", [15, 35], 70, 30, { deadlineYear: 2025 }),
  rate("农村公路优良中等路率", "Rural roads: share in good or fair condition", "CONSTRUCTION", "JT", [60, 75], 85, 50),
  rate("住宅工程质量分户验收率", "Housing: unit-by-unit acceptance rate", "CONSTRUCTION", "ZJ", [80, 92], 98, 40),
  rate("公共服务质量群众满意率", "Public services: satisfaction rate", "SERVICE", "TJ", [72, 80], 85, 300, { measure: "ANNUAL" }),
  rate("旅游服务质量游客满意率", "Tourism services: visitor satisfaction rate", "SERVICE", "WL", [80, 88], 90, 200, { measure: "ANNUAL" }),
  rate("消费者投诉按期办结率", "Consumer complaints: closed on time", "SERVICE", "SCJ", [88, 95], 98, 100),
  rate("城市公共交通准点率", "Urban public transport: punctuality", "SERVICE", "JT", [80, 90], 95, 500),
  rate("医疗服务患者满意率", "Health care: patient satisfaction rate", "SERVICE", "WJ", [82, 90], 92, 300, { measure: "ANNUAL" }),
  rate("网络交易商品抽检不合格率", "Online sales: spot-check failure rate", "SERVICE", "SW", [8, 14], 5, 25, { lower: true, supporters: ["SCJ"] }),
  rate("空气质量优良天数比例", "Days with good or fair air quality", "ENVIRONMENT", "STHJ", [72, 88], 90, 91, { measure: "ANNUAL" }),
  rate("地表水水质优良断面比例", "Surface water: sections of good quality", "ENVIRONMENT", "STHJ", [60, 80], 85, 12, { measure: "ANNUAL" }),
  rate("集中式饮用水水源地水质达标率", "Drinking-water sources: compliance rate", "ENVIRONMENT", "STHJ", [95, 100], 100, 6, { isMaintain: true }),
  rate("城镇生活污水集中处理率", "Urban sewage: treatment rate", "ENVIRONMENT", "ZJ", [78, 90], 95, 100),
  rate("城镇生活垃圾无害化处理率", "Urban household waste: safe disposal rate", "ENVIRONMENT", "ZJ", [85, 95], 99, 100),
  rate("建成区绿化覆盖率", "Built-up area: green coverage", "ENVIRONMENT", "ZJ", [33, 39], 42, 200, { deadlineYear: 2025 }),
  rate("工业固体废物综合利用率", "Industrial solid waste: utilisation rate", "ENVIRONMENT", "STHJ", [60, 78], 85, 80, { supporters: ["GX"] }),
  rate("规模以上工业企业注册商标拥有率", "Large industrial firms: share holding trademarks", "BRAND", "SCJ", [40, 60], 75, 80),
  rate("农产品“三品一标”认证比例", "Farm produce: share certified green/organic/GI", "BRAND", "NY", [18, 35], 55, 60, { deadlineYear: 2025 }),
  rate("规模以上企业品牌培育管理体系导入率", "Large firms: brand-management system adoption", "BRAND", "GX", [10, 25], 45, 80),
  rate("主要行业国际标准采标率", "Main industries: adoption of international standards", "STANDARD", "SCJ", [60, 80], 90, 30),
  rate("企业标准自我声明公开覆盖率", "Enterprise standards: self-declaration coverage", "STANDARD", "SCJ", [50, 78], 95, 80),
  rate("农业标准化生产普及率", "Farming: standardised production coverage", "STANDARD", "NY", [50, 70], 80, 60),
  rate("强制检定计量器具受检率", "Measuring instruments: mandatory verification rate", "INFRA", "SCJ", [85, 95], 98, 400),
  rate("检验检测机构能力验证满意率", "Testing laboratories: proficiency-testing pass rate", "INFRA", "SCJ", [88, 95], 97, 8, { idleShare: 0.1 }),
  rate("特种设备定期检验率", "Special equipment: periodic inspection rate", "INFRA", "SCJ", [92, 98], 99.5, 300),
  rate("食品安全监督抽检合格率", "Food safety: spot-check pass rate", "FOOD", "SCJ", [95, 97.5], 98, 150),
  rate("药品抽验合格率", "Medicines: sampling pass rate", "FOOD", "SCJ", [97, 99], 99, 40, { isMaintain: true }),
  rate("不合格食品核查处置完成率", "Non-compliant food: follow-up completion rate", "FOOD", "SCJ", [90, 97], 100, 10, { deadlineYear: 2025 }),
  rate("餐饮服务食品安全抽检不合格率", "Catering: food-safety failure rate", "FOOD", "SCJ", [3, 6], 2, 60, { lower: true }),
];

const stocks: Draft[] = [
  stock("省名牌产品数", "Provincial brand-name products", "个", "BRAND", "SCJ", [3, 15], 0.6, { supporters: ["GX"] }),
  stock("驰名商标数", "Well-known trademarks", "件", "BRAND", "SCJ", [0, 3], 1),
  stock("地理标志证明商标数", "Geographical-indication trademarks", "件", "BRAND", "SCJ", [1, 6], 0.8),
  stock("农产品地理标志登记数", "Registered farm-produce geographical indications", "个", "BRAND", "NY", [0, 4], 1, { deadlineYear: 2025 }),
  stock("高新技术企业数", "High-tech enterprises", "家", "PRODUCT", "KJ", [10, 60], 1),
  stock("省级以上企业技术中心数", "Enterprise technology centres (provincial or higher)", "家", "PRODUCT", "GX", [1, 8], 0.6),
  stock("通过质量管理体系认证企业数", "Firms with a certified quality-management system", "家", "PRODUCT", "SCJ", [50, 300], 0.5),
  stock("省级以上标准化试点示范项目数", "Standardisation pilot projects (provincial or higher)", "个", "STANDARD", "SCJ", [0, 3], 1.5),
  stock("主导或参与制定国家和行业标准数", "National and sector standards led or co-drafted", "项", "STANDARD", "SCJ", [2, 15], 1),
  stock("社会公用计量标准数", "Public measurement standards", "项", "INFRA", "SCJ", [10, 40], 0.4),
  stock("检验检测机构数", "Testing and inspection bodies", "家", "INFRA", "SCJ", [5, 25], 0.4),
  stock("省级以上质量检验检测中心数", "Quality testing centres (provincial or higher)", "个", "INFRA", "SCJ", [0, 2], 1, { deadlineYear: 2025 }),
  stock("A级旅游景区数", "A-grade tourist attractions", "个", "SERVICE", "WL", [2, 12], 0.5),
  stock("星级旅游饭店数", "Star-rated hotels", "家", "SERVICE", "WL", [1, 10], 0.3),
  stock("绿色食品认证产品数", "Certified green-food products", "个", "FOOD", "NY", [5, 30], 1),
  stock("有效发明专利拥有量", "Valid invention patents", "件", "INFRA", "KJ", [50, 500], 1.5),
  stock("中华老字号和省老字号企业数", "Time-honoured brands (national and provincial)", "家", "BRAND", "SW", [1, 6], 0.5),
  stock("省级质量标杆企业数", "Provincial quality benchmark firms", "家", "PRODUCT", "GX", [0, 5], 1),
  stock("城市公园数", "Urban parks", "个", "ENVIRONMENT", "ZJ", [3, 15], 0.5),
  stock("放心消费示范单位数", "Trusted-consumption model businesses", "家", "SERVICE", "SCJ", [10, 60], 1, { deadlineYear: 2025 }),
];

const flows: Draft[] = [
  flow("新增省名牌产品数", "New provincial brand-name products", "个", "BRAND", "SCJ", [0.5, 3], 0.3, { measure: "CUMULATIVE" }),
  flow("新增注册商标数", "New registered trademarks", "件", "BRAND", "SCJ", [150, 800], 0.6),
  flow("新制定修订地方标准数", "Local standards issued or revised", "项", "STANDARD", "SCJ", [0.5, 3], 0.2, { measure: "CUMULATIVE" }),
  flow("质量技术帮扶企业数", "Firms given quality technical support", "家次", "INFRA", "SCJ", [40, 200], 1),
  flow("计量器具强制检定数量", "Measuring instruments verified", "台件", "INFRA", "SCJ", [2000, 12000], 0.3),
  flow("旅游总收入", "Tourism revenue", "亿元", "SERVICE", "WL", [8, 80], 0.8, { decimals: 2 }),
  flow("接待游客人次", "Tourist visits", "万人次", "SERVICE", "WL", [80, 800], 0.7, { decimals: 1 }),
  flow("质量发展专项资金投入", "Quality-development funding", "万元", "INFRA", "FGW", [200, 2000], 0.8),
  flow("新增高新技术企业数", "New high-tech enterprises", "家", "PRODUCT", "KJ", [2, 15], 1),
  flow("工业技术改造投资", "Industrial upgrading investment", "亿元", "PRODUCT", "GX", [5, 40], 0.5, { decimals: 2, deadlineYear: 2025 }),
  flow("特种设备定期检验台数", "Special equipment inspected", "台", "INFRA", "SCJ", [800, 5000], 0.4),
  flow("消费者投诉受理件数", "Consumer complaints received", "件", "SERVICE", "SCJ", [300, 2000], -0.25, { lower: true }),
  flow("食品安全事故发生起数", "Food-safety incidents", "起", "FOOD", "SCJ", [1, 6], -0.5, { lower: true, supporters: ["WJ"] }),
  flow("产品质量安全事故起数", "Product-safety incidents", "起", "PRODUCT", "SCJ", [1, 4], -0.5, { lower: true, deadlineYear: 2025 }),
  flow("建筑工程质量投诉件数", "Construction-quality complaints", "件", "CONSTRUCTION", "ZJ", [20, 150], -0.3, { lower: true }),
  flow("新增绿色建筑面积", "New green-building floor area", "万平方米", "CONSTRUCTION", "ZJ", [5, 60], 2, { decimals: 1 }),
  flow("电子商务交易额", "E-commerce turnover", "亿元", "SERVICE", "SW", [10, 120], 1.2, { decimals: 2 }),
  flow("农产品质量安全监测样品数", "Farm-produce safety samples tested", "批次", "FOOD", "NY", [300, 1500], 0.5),
  flow("质量知识培训人次", "Quality training attendances", "人次", "INFRA", "SCJ", [500, 5000], 0.6),
  flow("新增标准化良好行为企业数", "New firms certified for good standardisation practice", "家", "STANDARD", "SCJ", [2, 12], 0.5, { deadlineYear: 2025 }),
];

function withCodes(drafts: Draft[], prefix: string): IndicatorSpec[] {
  return drafts.map((d, i) => ({ ...d, code: `${prefix}_${String(i + 1).padStart(2, "0")}` }));
}

/** The catalogue in creation order: RATE, RATE, STOCK, FLOW, repeated. */
export const PROVINCE_INDICATORS: readonly IndicatorSpec[] = (() => {
  const r = withCodes(rates, "P_RATE");
  const s = withCodes(stocks, "P_STOCK");
  const f = withCodes(flows, "P_FLOW");
  return s.flatMap((stockSpec, i) => [r[2 * i], r[2 * i + 1], stockSpec, f[i]].filter((x): x is IndicatorSpec => x !== undefined));
})();

// The demo city's default assessment scheme (考核方案) for its four counties: 100 points in four
// 一级 items, built from the targets of 防政发〔2017〕14号 (its 三、重点工作 and 四、保障措施,
// which asks for 考核评价 and 考评通报) and the national pattern (国办发〔2013〕47号, see
// ASSESSMENT.md). Points, rules and the named counters are DEMO CHOICES: the document sets the
// targets, not the scoring. Counters other than the card counters are entered by the office.
import { CARD_COUNTERS } from "@/lib/domain/assessment";
import type { AssessmentSchemeInput } from "@/lib/validations/assessment";
import { FANGCHENGGANG_DOC_NUMBER } from "./data/plans";

/** Done well / partly / not done (好 / 一般 / 未开展). */
const GRADED = [1, 0.5, 0];
/** Year-end credit for targets due by 2020: achieved, or on track to be. */
const ON_COURSE = ["ACHIEVED" as const, "ON_TRACK" as const];

export const FANGCHENGGANG_SCHEME_COUNTERS = {
  qualityAwards: "QUALITY_AWARDS",
  nationalDemonstrations: "NATIONAL_DEMONSTRATIONS",
  majorIncidents: "MAJOR_INCIDENTS",
  mediaExposures: "MEDIA_EXPOSURES",
  lateReports: "LATE_REPORTS",
} as const;
const C = FANGCHENGGANG_SCHEME_COUNTERS;

export const fangchenggangAssessmentScheme: AssessmentSchemeInput = {
  name: `防城港市各县（市、区）质量工作考核（依据${FANGCHENGGANG_DOC_NUMBER}）`,
  total: 100,
  groups: [
    {
      code: "ORGANISATION",
      name: "组织领导",
      points: 10,
      items: [
        {
          code: "ORG_LEADERSHIP",
          name: "成立质量强县（市、区）工作领导小组，制定年度工作方案，层层落实责任",
          points: 4,
          department: "SCJ",
          evidence: "领导小组文件、年度工作方案、责任分解表",
          rule: { kind: "manual", levels: GRADED },
        },
        {
          code: "ORG_POLICY",
          name: "落实质量发展配套政策和激励机制，加大质量工作投入",
          points: 3,
          department: "SCJ",
          evidence: "政策文件、财政投入凭证、表彰奖励文件",
          rule: { kind: "manual", levels: GRADED },
        },
        {
          code: "ORG_CULTURE",
          name: "开展质量月等质量宣传活动，推进质量文化建设",
          points: 3,
          department: "SCJ",
          evidence: "活动方案、新闻报道、现场照片",
          rule: { kind: "manual", levels: GRADED },
        },
      ],
    },
    {
      code: "SAFETY",
      name: "质量安全",
      points: 40,
      items: [
        {
          code: "SAFETY_MFG_SPOT",
          name: "制造业产品质量监督抽查合格率稳定在93%以上（每低1个百分点扣1分）",
          points: 8,
          department: "SCJ",
          evidence: null,
          rule: { kind: "shortfall", indicatorCode: "MFG_SPOT_PASS", deductPerUnit: 1 },
        },
        {
          code: "SAFETY_FOOD_SPOT",
          name: "规模以上食品生产企业食品抽查合格率达到95%（每低1个百分点扣1分）",
          points: 8,
          department: "SCJ",
          evidence: null,
          rule: { kind: "shortfall", indicatorCode: "FOOD_SPOT_PASS", deductPerUnit: 1 },
        },
        {
          code: "SAFETY_AGRI_MONITOR",
          name: "主要农产品质量安全监测合格率达97%以上（达到目标98%以上得60%，95%以上得30%）",
          points: 7,
          department: "NY",
          evidence: null,
          rule: {
            kind: "tiers",
            indicatorCode: "AGRI_MONITOR_PASS",
            tiers: [
              { atLeast: 0.98, share: 0.6 },
              { atLeast: 0.95, share: 0.3 },
            ],
          },
        },
        {
          code: "SAFETY_RAPID_TEST",
          name: "食用农产品快速检测合格率达95%以上（按目标状态计分）",
          points: 7,
          department: "NY",
          evidence: null,
          rule: { kind: "status", indicatorCode: "FOOD_RAPID_TEST_PASS" },
        },
        {
          code: "SAFETY_MAJOR_PROJECT",
          name: "大中型工程一次验收合格率达100%（每低1个百分点扣1分，不足1个百分点按1个百分点计）",
          points: 5,
          department: "ZJ",
          evidence: null,
          rule: { kind: "shortfall", indicatorCode: "MAJOR_PROJECT_FIRST_PASS", deductPerUnit: 1, partialUnits: "STARTED" },
        },
        {
          code: "SAFETY_OTHER_PROJECT",
          name: "其他工程一次验收合格率达98%以上（每低1个百分点扣0.5分）",
          points: 5,
          department: "ZJ",
          evidence: null,
          rule: { kind: "shortfall", indicatorCode: "OTHER_PROJECT_FIRST_PASS", deductPerUnit: 0.5 },
        },
      ],
    },
    {
      code: "DEVELOPMENT",
      name: "质量发展",
      points: 35,
      items: [
        {
          code: "DEV_BRAND_TARGETS",
          name: "品牌建设目标完成情况（按完成或进度达标的目标占比计分）",
          points: 10,
          department: "SCJ",
          evidence: null,
          rule: { kind: "share", area: "品牌建设", credited: ON_COURSE, noTarget: "FULL" },
        },
        {
          code: "DEV_GX_BRAND",
          name: "新增广西名牌（每个0.5分，最高2分）",
          points: 2,
          department: "SCJ",
          evidence: "名牌产品认定文件",
          rule: { kind: "count", source: { indicatorCode: "GX_BRAND_NEW" }, perItem: 0.5 },
        },
        {
          code: "DEV_QUALITY_PROJECT",
          name: "新增广西优质工程（每个1分，最高3分）",
          points: 3,
          department: "ZJ",
          evidence: "优质工程认定文件",
          rule: { kind: "count", source: { indicatorCode: "GX_QUALITY_PROJECT_NEW" }, perItem: 1 },
        },
        {
          code: "DEV_SCENIC_4A",
          name: "新增国家4A级景区（每个1分，最高3分）",
          points: 3,
          department: "WL",
          evidence: "景区评定文件",
          rule: { kind: "count", source: { indicatorCode: "SCENIC_4A_NEW" }, perItem: 1 },
        },
        {
          code: "DEV_PRODUCER_SERVICE",
          name: "生产性服务业顾客满意度达到82%以上（按目标状态计分）",
          points: 4,
          department: "FGW",
          evidence: null,
          rule: { kind: "status", indicatorCode: "PRODUCER_SERVICE_SAT" },
        },
        {
          code: "DEV_CONSUMER_SERVICE",
          name: "生活性服务业顾客满意度比上年提高（持平得一半）",
          points: 4,
          department: "SW",
          evidence: null,
          rule: { kind: "growth", indicatorCode: "CONSUMER_SERVICE_SAT" },
        },
        {
          code: "DEV_AGRI_CERT_RANK",
          name: "新增“三品一标”产品数在各县（市、区）中的排名（前三分之一满分，中间三分之二，后三分之一得三分之一）",
          points: 6,
          department: "NY",
          evidence: null,
          rule: { kind: "rank", indicatorCode: "AGRI_CERT_PRODUCT_NEW" },
        },
        {
          code: "DEV_MODERN_AGRI_ZONE",
          name: "创建自治区级现代农业示范区（按目标状态计分）",
          points: 3,
          department: "NY",
          evidence: null,
          rule: { kind: "status", indicatorCode: "REG_MODERN_AGRI_ZONE", noTarget: "FULL" },
        },
      ],
    },
    {
      code: "FOUNDATION",
      name: "质量基础",
      points: 15,
      items: [
        {
          code: "BASE_STANDARDS",
          name: "标准化目标完成情况（按完成或进度达标的目标占比计分）",
          points: 6,
          department: "SCJ",
          evidence: null,
          rule: { kind: "share", area: "标准化", credited: ON_COURSE, noTarget: "FULL" },
        },
        {
          code: "BASE_LOCAL_STANDARDS",
          name: "主导或参与制修订广西地方标准（每项1分，最高2分）",
          points: 2,
          department: "SCJ",
          evidence: "标准发布文件",
          rule: { kind: "count", source: { indicatorCode: "GX_LOCAL_STD_NEW" }, perItem: 1 },
        },
        {
          code: "BASE_TECHNICAL",
          name: "计量、检验检测、认证认可等质量技术支撑体系建设",
          points: 3,
          department: "SCJ",
          evidence: "建设项目文件、检定覆盖情况",
          rule: { kind: "manual", levels: GRADED },
        },
        {
          code: "BASE_CREDIT",
          name: "质量诚信体系建设，实施“红黑名单”制度",
          points: 2,
          department: "SCJ",
          evidence: "信用公示记录、红黑名单",
          rule: { kind: "manual", levels: GRADED },
        },
        {
          code: "BASE_TALENT",
          name: "开展党政领导干部质量培训和质量人才培养",
          points: 2,
          department: "RS",
          evidence: "培训通知、签到表、课件",
          rule: { kind: "manual", levels: GRADED },
        },
      ],
    },
  ],
  bonus: {
    cap: 5,
    items: [
      {
        code: "BONUS_QUALITY_AWARD",
        name: "辖区企业获得中国质量奖、广西主席质量奖或市长质量奖（每项2分）",
        points: 4,
        department: "SCJ",
        evidence: "获奖文件",
        rule: { kind: "count", source: { counter: C.qualityAwards }, perItem: 2 },
      },
      {
        code: "BONUS_SCENIC_5A",
        name: "新创建国家5A级景区（每个2分）",
        points: 2,
        department: "WL",
        evidence: "景区评定文件",
        rule: { kind: "count", source: { indicatorCode: "SCENIC_5A_NEW" }, perItem: 2 },
      },
      {
        code: "BONUS_NATIONAL_DEMO",
        name: "获批国家级出口产品质量安全、生态原产地保护或有机产品认证示范区（每个1分）",
        points: 2,
        department: "SCJ",
        evidence: "批准文件",
        rule: { kind: "count", source: { counter: C.nationalDemonstrations }, perItem: 1 },
      },
    ],
  },
  deductions: {
    cap: 10,
    items: [
      {
        code: "DED_MAJOR_INCIDENT",
        name: "发生较大质量安全事故（每起扣3分）",
        points: 6,
        department: "SCJ",
        evidence: null,
        rule: { kind: "count", source: { counter: C.majorIncidents }, perItem: 3 },
      },
      {
        code: "DED_RED_CARD",
        name: "被红牌警示且未销号（每张扣2分）",
        points: 4,
        department: null,
        evidence: null,
        rule: { kind: "count", source: { counter: CARD_COUNTERS.RED }, perItem: 2 },
      },
      {
        code: "DED_YELLOW_CARD",
        name: "被黄牌警示且未销号（每张扣1分）",
        points: 2,
        department: null,
        evidence: null,
        rule: { kind: "count", source: { counter: CARD_COUNTERS.YELLOW }, perItem: 1 },
      },
      {
        code: "DED_MEDIA_EXPOSURE",
        name: "质量问题被中央或自治区主要媒体曝光（每次扣1分）",
        points: 3,
        department: null,
        evidence: null,
        rule: { kind: "count", source: { counter: C.mediaExposures }, perItem: 1 },
      },
      {
        code: "DED_LATE_REPORT",
        name: "质量统计数据迟报、漏报（每次扣0.5分）",
        points: 2,
        department: null,
        evidence: null,
        rule: { kind: "count", source: { counter: C.lateReports }, perItem: 0.5 },
      },
    ],
  },
  vetoes: [
    { code: "VETO_SYSTEMIC_INCIDENT", name: "发生区域性、系统性质量安全事件" },
    { code: "VETO_FALSIFICATION", name: "考核工作中弄虚作假、瞒报谎报" },
  ],
};

// The departments' explanations on weak or sharply lower demo values.
import type { Period } from "@/lib/domain";
import { pick, type Rng } from "./random";


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

export function explain(indicatorCode: string, quarter: Period, rng: Rng): string {
  const family = noteFamily(indicatorCode);
  if (quarter.year === 2020 && quarter.quarter === 1) return EPIDEMIC_NOTES[family];
  return pick(rng, NOTES[family]);
}

// Functional departments named by the seed documents. They are functions, not per-region bodies:
// 市质监局 and 省质监局 are both "SCJ". Names follow the post-2018 structure of Chinese local
// government; the documents (2012, 2017) use the older names listed in documentDepartmentAliases.
import type { SeedDepartment } from "../types";

export const departments: SeedDepartment[] = [
  // 质监, 工商 (trademarks), 食品药品监管 and the 食品安全委员会办公室 were merged into 市场监管 in 2018.
  { code: "SCJ", name: "市场监督管理局", shortName: "市场监管", nameEn: "Administration for Market Regulation" },
  { code: "FGW", name: "发展和改革委员会", shortName: "发改", nameEn: "Development and Reform Commission" },
  { code: "GX", name: "工业和信息化局", shortName: "工信", nameEn: "Industry and Information Technology Bureau" },
  { code: "NY", name: "农业农村局", shortName: "农业农村", nameEn: "Agriculture and Rural Affairs Bureau" },
  { code: "SW", name: "商务局", shortName: "商务", nameEn: "Commerce Bureau" },
  { code: "WL", name: "文化和旅游局", shortName: "文旅", nameEn: "Culture and Tourism Bureau" },
  { code: "ZJ", name: "住房和城乡建设局", shortName: "住建", nameEn: "Housing and Urban-Rural Development Bureau" },
  { code: "STHJ", name: "生态环境局", shortName: "生态环境", nameEn: "Ecology and Environment Bureau" },
  { code: "TJ", name: "统计局", shortName: "统计", nameEn: "Statistics Bureau" },
  { code: "JT", name: "交通运输局", shortName: "交通运输", nameEn: "Transport Bureau" },
  { code: "WJ", name: "卫生健康委员会", shortName: "卫健", nameEn: "Health Commission" },
  { code: "KJ", name: "科学技术局", shortName: "科技", nameEn: "Science and Technology Bureau" },
  { code: "LY", name: "林业局", shortName: "林业", nameEn: "Forestry Bureau" },
  { code: "HG", name: "海关（出入境检验检疫）", shortName: "海关", nameEn: "Customs (Entry-Exit Inspection and Quarantine)" },
  { code: "GA", name: "公安局", shortName: "公安", nameEn: "Public Security Bureau" },
  { code: "TYJR", name: "退役军人事务局", shortName: "退役军人", nameEn: "Veterans Affairs Bureau" },
  { code: "SF", name: "司法局", shortName: "司法", nameEn: "Justice Bureau" },
  { code: "YJ", name: "应急管理局", shortName: "应急管理", nameEn: "Emergency Management Bureau" },
  { code: "JY", name: "教育局", shortName: "教育", nameEn: "Education Bureau" },
  { code: "GZW", name: "国有资产监督管理委员会", shortName: "国资", nameEn: "State-owned Assets Supervision and Administration Commission" },
  { code: "RS", name: "人力资源和社会保障局", shortName: "人社", nameEn: "Human Resources and Social Security Bureau" },
];

/**
 * How the documents name these departments (each name occurs in a seed document). Used by the
 * demo transcription and useful to the document-import screen.
 */
export const documentDepartmentAliases: Record<string, string> = {
  市质监局: "SCJ",
  省质监局: "SCJ",
  省工商局: "SCJ",
  省食品药品监管局: "SCJ",
  省政府食安办: "SCJ",
  省发展改革委: "FGW",
  省工业和信息化厅: "GX",
  省农业厅: "NY",
  省商务厅: "SW",
  省旅游局: "WL",
  省住房和城乡建设厅: "ZJ",
  省环境保护厅: "STHJ",
  省交通运输厅: "JT",
  省卫生厅: "WJ",
  省科技厅: "KJ",
  省林业厅: "LY",
  河北出入境检验检疫局: "HG",
  省公安厅: "GA",
  // 法制办 was merged into 司法厅/司法局 in 2018.
  省法制办: "SF",
  // 安监局 became 应急管理厅/局 in 2018.
  省安监局: "YJ",
  省教育厅: "JY",
  省国资委: "GZW",
  省人力资源和社会保障厅: "RS",
};

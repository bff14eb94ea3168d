// Maps department names as documents write them ("省质监局", "市发展改革委", "縣住建局") to the
// product's departments. Documents use the names of their time: 质监, 工商 and 食药监 are now 市场监管,
// 安监 is 应急管理, 环保 is 生态环境. Pure; the keyword table mirrors the demo department codes.
import { comparable } from "./similarity";

export interface DepartmentLike {
  id: number;
  code: string;
  name: string;
  shortName: string;
}

/** Function keywords (old and new names) → department code. First match wins: order matters. */
export const DEPARTMENT_KEYWORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/质监|质量技术监督|质量监督|工商|食品药品|食药|市场监[督管]|食安办|食品安全委员会|知识产权|物价/u, "SCJ"],
  [/发展改革|发展和改革|发改|计委/u, "FGW"],
  [/工业和信息化|工信|经信|经济和信息化|经贸|中小企业/u, "GX"],
  [/农业农村|农业|农牧|畜牧|水产|渔业|农委|农机/u, "NY"],
  [/商务|外贸|贸促/u, "SW"],
  [/文化和旅游|文化广电|旅游|文旅|文化/u, "WL"],
  [/住房和城乡建设|住房城乡建设|住建|建设|城乡规划|房管/u, "ZJ"],
  [/生态环境|环境保护|环保/u, "STHJ"],
  [/统计/u, "TJ"],
  [/交通/u, "JT"],
  [/卫生|卫健|卫计|计生/u, "WJ"],
  [/科学技术|科技/u, "KJ"],
  [/林业/u, "LY"],
  [/出入境检验检疫|检验检疫|海关|口岸/u, "HG"],
  [/公安/u, "GA"],
  [/退役军人|民政/u, "TYJR"],
  [/司法|法制/u, "SF"],
  [/安监|安全生产监督|应急管理|安全监管/u, "YJ"],
  [/教育/u, "JY"],
  [/国资|国有资产/u, "GZW"],
  [/人力资源|人社|劳动和社会保障/u, "RS"],
];

/** A leading level prefix ("省", "市", "县", "各市县") or a named region ("河北省", "防城港市"). */
const REGION_PREFIX = /^(?:各|全)?(?:[\u4e00-\u9fa5]{1,7}?(?:省|自治区|市|自治州|州|盟|县|区|旗))?(?:人民)?(?:政府)?/u;
const LEVEL_PREFIX = /^(?:各)?(?:省|市|县|区|州|乡|镇)/u;

function stripped(name: string): string[] {
  const base = comparable(name);
  const out = new Set([base]);
  out.add(base.replace(LEVEL_PREFIX, ""));
  const withoutRegion = base.replace(REGION_PREFIX, "");
  if (withoutRegion.length >= 2) out.add(withoutRegion);
  return [...out].filter((s) => s.length > 0);
}

/** The department a document's name refers to, or null when none fits (e.g. "各县人民政府"). */
export function matchDepartment<T extends DepartmentLike>(name: string, departments: readonly T[]): T | null {
  const forms = stripped(name);
  for (const form of forms) {
    const exact = departments.find((d) => comparable(d.name) === form || comparable(d.shortName) === form);
    if (exact) return exact;
  }
  for (const form of forms) {
    const contained = departments
      .filter((d) => d.shortName.length >= 2 && form.includes(comparable(d.shortName)))
      .sort((a, b) => b.shortName.length - a.shortName.length)[0];
    if (contained) return contained;
  }
  const base = comparable(name);
  if (/(?:政府|有关部门|各部门|各单位|成员单位)$/u.test(base)) return null;
  for (const [pattern, code] of DEPARTMENT_KEYWORDS) {
    if (pattern.test(base)) return departments.find((d) => d.code === code) ?? null;
  }
  return null;
}

/** Distinct departments of a list of names, in order; names that match nothing are reported. */
export function matchDepartments<T extends DepartmentLike>(names: readonly string[], departments: readonly T[]) {
  const matched: T[] = [];
  const unmatched: string[] = [];
  for (const name of names) {
    const department = matchDepartment(name, departments);
    if (department === null) unmatched.push(name);
    else if (!matched.some((d) => d.id === department.id)) matched.push(department);
  }
  return { matched, unmatched };
}

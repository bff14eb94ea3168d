// Maps department names as documents write them ("省质监局", "市发展改革委", "縣住建局") to the
// product's departments. Documents use the names of their time: 质监, 工商 and 食药监 are now 市场监管,
// 安监 is 应急管理, 环保 is 生态环境. Pure; the keyword groups match the installation's own
// departments by their names, so nothing depends on department codes.
import { comparable } from "./similarity";

export interface DepartmentLike {
  id: number;
  code: string;
  name: string;
  shortName: string;
}

/**
 * Function keywords, old and new names of one function per group. The first group that matches the
 * document's name wins (order matters); the department is the one whose name matches the same group.
 */
const DEPARTMENT_KEYWORDS: readonly RegExp[] = [
  /质监|质量技术监督|质量监督|工商|食品药品|食药|市场监[督管]|食安办|食品安全委员会|知识产权|物价/u,
  /发展改革|发展和改革|发改|计委/u,
  /工业和信息化|工信|经信|经济和信息化|经贸|中小企业/u,
  /农业农村|农业|农牧|畜牧|水产|渔业|农委|农机/u,
  /商务|外贸|贸促/u,
  /文化和旅游|文化广电|旅游|文旅|文化/u,
  /住房和城乡建设|住房城乡建设|住建|建设|城乡规划|房管/u,
  /生态环境|环境保护|环保/u,
  /统计/u,
  /交通/u,
  /卫生|卫健|卫计|计生/u,
  /科学技术|科技/u,
  /林业/u,
  /出入境检验检疫|检验检疫|海关|口岸/u,
  /公安/u,
  /退役军人/u,
  /民政/u,
  /司法|法制/u,
  /安监|安全生产监督|应急管理|安全监管/u,
  /教育/u,
  /国资|国有资产/u,
  /人力资源|人社|劳动和社会保障/u,
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
  const group = DEPARTMENT_KEYWORDS.find((pattern) => pattern.test(base));
  if (group) return departments.find((d) => group.test(comparable(d.name)) || group.test(comparable(d.shortName))) ?? null;
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

// Mapping the department names of policy documents to the product's departments.
import { describe, expect, it } from "vitest";
import { matchDepartment, matchDepartments } from "@/lib/domain/plan-import/department-match";
import { departments, documentDepartmentAliases } from "@/prisma/seed/data/departments";

const DEPARTMENTS = departments.map((d, i) => ({ id: i + 1, ...d }));
const codeOf = (name: string) => matchDepartment(name, DEPARTMENTS)?.code ?? null;

describe("matchDepartment", () => {
  it("maps every name the seed documents use to its department", () => {
    for (const [name, code] of Object.entries(documentDepartmentAliases)) expect([name, codeOf(name)]).toEqual([name, code]);
  });

  it("maps today's names, short names and names with a region in front", () => {
    expect(codeOf("市场监督管理局")).toBe("SCJ");
    expect(codeOf("市场监管")).toBe("SCJ");
    expect(codeOf("县市场监管局")).toBe("SCJ");
    expect(codeOf("防城港市住房和城乡建设局")).toBe("ZJ");
    expect(codeOf("市发展改革委")).toBe("FGW");
    expect(codeOf("县统计局")).toBe("TJ");
    expect(codeOf("市文化和旅游局")).toBe("WL");
    expect(codeOf("县环保局")).toBe("STHJ");
    expect(codeOf("市安监局")).toBe("YJ");
  });

  it("reads traditional script and full-width brackets", () => {
    expect(codeOf("省質監局")).toBe("SCJ");
    expect(codeOf("省衛生廳")).toBe("WJ");
  });

  it("finds an installation's departments by their names, whatever their codes", () => {
    const own = [
      { id: 1, code: "D01", name: "市场监督管理局", shortName: "市场监管" },
      { id: 2, code: "D02", name: "退役军人事务局", shortName: "退役军人" },
      { id: 3, code: "D03", name: "民政局", shortName: "民政" },
    ];
    expect(matchDepartment("省质监局", own)?.code).toBe("D01");
    expect(matchDepartment("县民政局", own)?.code).toBe("D03");
    expect(matchDepartment("市退役军人事务局", own)?.code).toBe("D02");
    expect(matchDepartment("省农业厅", own)).toBeNull();
  });

  it("does not turn governments or vague groups into departments", () => {
    expect(codeOf("各设区市政府")).toBeNull();
    expect(codeOf("各县(市、区)人民政府")).toBeNull();
    expect(codeOf("县有关部门")).toBeNull();
    expect(codeOf("省财政厅")).toBeNull();
  });
});

describe("matchDepartments", () => {
  it("keeps the order, drops repeats and reports names it cannot place", () => {
    const { matched, unmatched } = matchDepartments(["省质监局", "省工商局", "省财政厅", "省农业厅"], DEPARTMENTS);
    expect(matched.map((d) => d.code)).toEqual(["SCJ", "NY"]);
    expect(unmatched).toEqual(["省财政厅"]);
  });
});

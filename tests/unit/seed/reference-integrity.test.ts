import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { departments, documentDepartmentAliases } from "@/prisma/seed/data/departments";
import { indicators } from "@/prisma/seed/data/indicators";
import { FANGCHENGGANG_DOC_NUMBER, plans } from "@/prisma/seed/data/plans";
import { FANGCHENGGANG_CODE, FANGCHENGGANG_COUNTY_CODES, regions } from "@/prisma/seed/data/regions";
import { responsibilities } from "@/prisma/seed/data/responsibilities";

const regionByCode = new Map(regions.map((region) => [region.code, region]));
const departmentCodes = new Set(departments.map((department) => department.code));
const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
const allTargets = plans.flatMap((plan) => plan.targets);

function unique<T>(items: T[]): boolean {
  return new Set(items).size === items.length;
}

describe("regions", () => {
  it("have unique 6-digit division codes", () => {
    expect(unique(regions.map((region) => region.code))).toBe(true);
    for (const region of regions) expect(region.code).toMatch(/^\d{6}$/);
  });

  it("form two trees rooted at 广西 and 河北, with no national root", () => {
    const roots = regions.filter((region) => region.parentCode === null);
    expect(roots.map((region) => region.code).sort()).toEqual(["130000", "450000"]);
    expect(regionByCode.has("100000")).toBe(false);
    expect(regionByCode.has("000000")).toBe(false);
  });

  it("nest children under existing parents whose code prefix they share", () => {
    const prefixLength = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 6 } as const;
    const childLevel = { PROVINCE: "CITY", CITY: "COUNTY", COUNTY: "TOWNSHIP", TOWNSHIP: null } as const;
    for (const region of regions) {
      if (region.parentCode === null) {
        expect(region.level).toBe("PROVINCE");
        expect(region.code.endsWith("0000")).toBe(true);
        continue;
      }
      const parent = regionByCode.get(region.parentCode);
      expect(parent, region.code).toBeDefined();
      if (!parent) continue;
      expect(region.code.startsWith(parent.code.slice(0, prefixLength[parent.level]))).toBe(true);
      expect(childLevel[parent.level]).toBe(region.level);
    }
  });

  it("include 防城港's four counties and Hebei's eleven cities", () => {
    expect(regions.filter((region) => region.parentCode === FANGCHENGGANG_CODE).map((region) => region.code)).toEqual([
      ...FANGCHENGGANG_COUNTY_CODES,
    ]);
    expect(regions.filter((region) => region.parentCode === "130000")).toHaveLength(11);
    expect(regionByCode.get("450681")?.nameEn).toBe("Dongxing");
  });
});

describe("departments and indicators", () => {
  it("have unique codes, and SCJ is 市场监管", () => {
    expect(unique(departments.map((department) => department.code))).toBe(true);
    expect(departments.find((department) => department.code === "SCJ")?.shortName).toBe("市场监管");
  });

  it("map document department names onto existing departments", () => {
    const texts = ["fangchenggang-2017-14.txt", "hebei-2012-28.txt"].map((file) =>
      readFileSync(path.resolve(import.meta.dirname, "../../../prisma/seed/documents", file), "utf8"),
    );
    for (const [alias, code] of Object.entries(documentDepartmentAliases)) {
      expect(departmentCodes.has(code), alias).toBe(true);
      expect(texts.some((text) => text.includes(alias)), alias).toBe(true);
    }
  });

  it("have well-formed indicator codes, units and decimals", () => {
    expect(unique(indicators.map((indicator) => indicator.code))).toBe(true);
    for (const indicator of indicators) {
      expect(indicator.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(indicator.unit.length).toBeGreaterThan(0);
      expect(indicator.definition.length).toBeGreaterThan(0);
      if (indicator.kind === "RATE") {
        expect(indicator.unit).toBe("%");
        expect(indicator.decimals).toBe(1);
        expect(indicator.definition).toMatch(/分子：.+；分母：.+/);
      }
    }
  });

  it("use every indicator in some target", () => {
    const used = new Set(allTargets.map((target) => target.indicatorCode));
    expect(indicators.filter((indicator) => !used.has(indicator.code)).map((indicator) => indicator.code)).toEqual([]);
  });
});

describe("plans and targets", () => {
  it("reference existing regions, departments, indicators and areas", () => {
    for (const plan of plans) {
      expect(regionByCode.has(plan.issuingRegionCode)).toBe(true);
      expect(unique(plan.areas.map((area) => area.name))).toBe(true);
      const areaNames = new Set(plan.areas.map((area) => area.name));
      for (const target of plan.targets) {
        const label = `${target.indicatorCode}@${target.regionCode}`;
        expect(regionByCode.has(target.regionCode), label).toBe(true);
        expect(indicatorByCode.has(target.indicatorCode), label).toBe(true);
        expect(areaNames.has(target.area), label).toBe(true);
        expect(target.leadDepartmentCode !== null && departmentCodes.has(target.leadDepartmentCode), label).toBe(true);
        for (const code of target.supportDepartmentCodes) expect(departmentCodes.has(code), label).toBe(true);
        expect(target.supportDepartmentCodes).not.toContain(target.leadDepartmentCode);
      }
    }
  });

  it("have one target per plan, indicator and region", () => {
    for (const plan of plans) {
      expect(unique(plan.targets.map((target) => `${target.indicatorCode}|${target.regionCode}`))).toBe(true);
    }
  });

  it("target regions inside the issuing region", () => {
    for (const plan of plans) {
      const prefix = plan.issuingRegionCode.replace(/0+$/, "");
      for (const target of plan.targets) expect(target.regionCode.startsWith(prefix)).toBe(true);
    }
  });

  it("have consistent values, measures and baselines", () => {
    for (const plan of plans) {
      const start = Number(plan.periodStart.slice(0, 4));
      const end = Number(plan.deadline.slice(0, 4));
      for (const target of plan.targets) {
        const indicator = indicatorByCode.get(target.indicatorCode);
        const label = `${target.indicatorCode}@${target.regionCode}`;
        expect(target.deadlineYear, label).toBeGreaterThanOrEqual(start);
        expect(target.deadlineYear, label).toBeLessThanOrEqual(end);
        expect(target.baselineValue, label).not.toBeNull();
        expect(target.baselinePeriod, label).toBe(String(start - 1));
        expect([1, 2]).toContain(target.weight);
        if (indicator?.kind === "RATE") {
          expect(target.measure, label).toBe("LEVEL");
          expect(target.targetValue, label).toBeLessThanOrEqual(100);
        }
        if (indicator?.kind === "STOCK") expect(target.measure, label).toBe("LEVEL");
        if (indicator?.kind === "FLOW") expect(target.measure, label).not.toBe("LEVEL");
        if (target.measure === "CUMULATIVE") expect(target.baselineValue, label).toBe(0);
        if (target.comparator === "GTE" && target.measure !== "CUMULATIVE") {
          expect(target.baselineValue ?? 0, label).toBeLessThan(target.targetValue);
        }
        if (target.comparator === "LTE") expect(indicator?.direction, label).toBe("LOWER_IS_BETTER");
      }
    }
  });

  it("cascade 防城港's city targets to the counties: rates inherited, counts summing back", () => {
    const plan = plans.find((candidate) => candidate.docNumber === FANGCHENGGANG_DOC_NUMBER);
    expect(plan).toBeDefined();
    if (!plan) return;
    const countyCodes: readonly string[] = FANGCHENGGANG_COUNTY_CODES;
    for (const city of plan.targets.filter((target) => target.regionCode === FANGCHENGGANG_CODE)) {
      const children = plan.targets.filter(
        (target) => target.indicatorCode === city.indicatorCode && countyCodes.includes(target.regionCode),
      );
      for (const child of children) {
        expect(child.sourceSentence).toBe(city.sourceSentence);
        expect(child.comparator).toBe(city.comparator);
        expect(child.measure).toBe(city.measure);
        expect(child.leadDepartmentCode).toBe(city.leadDepartmentCode);
      }
      if (children.length === 0) continue;
      if (indicatorByCode.get(city.indicatorCode)?.kind === "RATE") {
        expect(children).toHaveLength(4);
        for (const child of children) expect(child.targetValue).toBe(city.targetValue);
      } else {
        const sum = children.reduce((total, child) => total + child.targetValue, 0);
        expect(sum, city.indicatorCode).toBeCloseTo(city.targetValue, 6);
        const baselineSum = children.reduce((total, child) => total + (child.baselineValue ?? 0), 0);
        expect(baselineSum, city.indicatorCode).toBeCloseTo(city.baselineValue ?? 0, 6);
      }
    }
    const perCounty = plan.targets.filter((target) => target.sourceSentence.startsWith("每个县(市、区)"));
    expect(perCounty.map((target) => target.regionCode)).toEqual([...FANGCHENGGANG_COUNTY_CODES]);
  });
});

describe("responsibilities", () => {
  it("reference existing departments, indicators and regions, once each", () => {
    for (const item of responsibilities) {
      expect(departmentCodes.has(item.departmentCode)).toBe(true);
      expect(indicatorByCode.has(item.indicatorCode)).toBe(true);
      expect(regionByCode.has(item.regionCode)).toBe(true);
    }
    expect(unique(responsibilities.map((item) => `${item.departmentCode}|${item.indicatorCode}|${item.regionCode}`))).toBe(true);
  });

  it("give each (indicator, region) one reporting department", () => {
    expect(unique(responsibilities.map((item) => `${item.indicatorCode}|${item.regionCode}`))).toBe(true);
  });

  it("cover every target with its lead department", () => {
    for (const target of allTargets) {
      expect(
        responsibilities.some(
          (item) =>
            item.departmentCode === target.leadDepartmentCode &&
            item.indicatorCode === target.indicatorCode &&
            item.regionCode === target.regionCode,
        ),
        `${target.indicatorCode}@${target.regionCode}`,
      ).toBe(true);
    }
  });

  it("cover the city and all four counties for 防城港's cascaded indicators", () => {
    const plan = plans.find((candidate) => candidate.docNumber === FANGCHENGGANG_DOC_NUMBER);
    const countyCodes: readonly string[] = FANGCHENGGANG_COUNTY_CODES;
    const cascaded = new Set(
      (plan?.targets ?? []).filter((target) => countyCodes.includes(target.regionCode)).map((target) => target.indicatorCode),
    );
    for (const indicatorCode of cascaded) {
      const regionsCovered = responsibilities.filter((item) => item.indicatorCode === indicatorCode).map((item) => item.regionCode);
      expect(regionsCovered.sort()).toEqual([FANGCHENGGANG_CODE, ...FANGCHENGGANG_COUNTY_CODES].sort());
    }
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plans } from "@/prisma/seed/data/plans";

const documentsDir = path.resolve(import.meta.dirname, "../../../prisma/seed/documents");

function documentText(file: string): string {
  return readFileSync(path.join(documentsDir, file), "utf8");
}

/** Targets whose value is derived from the (demo) baseline or implied by words, not a numeral. */
const VALUES_NOT_WRITTEN_AS_NUMERALS = new Set([
  "HB_BRAND_OUTPUT_SHARE", // 比重增加1%至2%: baseline + 1
  "HB_BRAND_TAX_SHARE",
  "HB_PRODUCT_SPOT_PASS", // 提高3个百分点: baseline + 3
  "HB_KEY_FIRM_SUPERIOR_OUTPUT_RATE", // 每年上升1%: baseline + 4
  "HB_POLLUTION_FREE_AREA_SHARE", // 一半以上
  "HB_COMPLETED_PROJECT_STD_RATE", // 全部达到
  "HB_PHARMA_EXPORT_STD_RATE", // 全部采用
  "HB_CREDIT_FILE_RATE", // 全部建档
  "HB_QUALIFIED_QM_RATE", // 全部配备
  "HB_FOOD_SAFETY_INCIDENT", // 不发生
  "HB_MAJOR_STRUCT_ACCIDENT", // 零事故
]);

describe("demo plans against their documents", () => {
  for (const plan of plans) {
    describe(plan.documentFile, () => {
      const text = documentText(plan.documentFile);

      it("quotes every target's source sentence exactly", () => {
        const missing = plan.targets.filter((target) => !text.includes(target.sourceSentence));
        expect(missing.map((target) => `${target.indicatorCode}@${target.regionCode}: ${target.sourceSentence}`)).toEqual([]);
      });

      it("has non-empty source sentences", () => {
        for (const target of plan.targets) expect(target.sourceSentence.length).toBeGreaterThan(5);
      });

      it("carries the document's number and issuer", () => {
        expect(plan.docNumber).not.toBeNull();
        expect(text).toContain(plan.docNumber ?? "");
        expect(text).toContain(plan.issuer.replace("办公厅", ""));
      });

      it("states each plan-level target value in its source sentence", () => {
        const planLevel = plan.targets.filter((target) => target.regionCode === plan.issuingRegionCode);
        const wrong = planLevel.filter(
          (target) =>
            !VALUES_NOT_WRITTEN_AS_NUMERALS.has(target.indicatorCode) &&
            !target.sourceSentence.includes(String(target.targetValue)),
        );
        expect(wrong.map((target) => `${target.indicatorCode}: ${target.targetValue}`)).toEqual([]);
      });

      it("reads a deadline year that is stated in or before the sentence, or the plan's end", () => {
        const planEnd = Number(plan.deadline.slice(0, 4));
        for (const target of plan.targets) {
          const position = text.indexOf(target.sourceSentence);
          const before = text.slice(Math.max(0, position - 400), position + target.sourceSentence.length);
          const stated = before.includes(`${target.deadlineYear}年`);
          expect(stated || target.deadlineYear === planEnd, `${target.indicatorCode}`).toBe(true);
        }
      });
    });
  }

  it("dates the plans as the documents do", () => {
    const [fangchenggang, hebei] = plans;
    expect(fangchenggang?.issueDate).toBe("2017-06-13");
    expect(documentText("fangchenggang-2017-14.txt")).toContain("2017年6月13日");
    expect(fangchenggang?.periodStart).toBe("2017-07-01");
    expect(fangchenggang?.deadline).toBe("2020-12-31");
    expect(hebei?.issueDate).toBe("2012-03-27");
    expect(documentText("hebei-2012-28.txt")).toContain("二〇一二年三月二十七日");
    expect(hebei?.deadline).toBe("2015-12-31");
    expect(hebei?.stages.map((stage) => stage.name)).toEqual(["工作落实阶段", "目标落实阶段", "工作总结阶段"]);
  });
});

import { describe, expect, it } from "vitest";
import { changeText, countsText, programmeName, reportFileName, sectionHeading, type ReportText } from "@/lib/export/report-text";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";

const zh: ReportText = { t: createTranslator(messagesFor("zh-CN")), locale: "zh-CN" };
const en: ReportText = { t: createTranslator(messagesFor("en")), locale: "en" };
const none = { ACHIEVED: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, MISSED: 0, NO_DATA: 0 };

describe("report wording", () => {
  it("names the programme after the kind of place", () => {
    expect(programmeName(zh, { name: "防城港市", level: "CITY" })).toBe("质量强市");
    expect(programmeName(zh, { name: "东兴市", level: "COUNTY" })).toBe("质量强市");
    expect(programmeName(zh, { name: "上思县", level: "COUNTY" })).toBe("质量强县");
    expect(programmeName(zh, { name: "防城区", level: "COUNTY" })).toBe("质量强区");
    expect(programmeName(zh, { name: "河北省", level: "PROVINCE" })).toBe("质量兴省");
    expect(programmeName(en, { name: "河北省", level: "PROVINCE" })).toBe("Quality Province");
  });

  it("builds file names from region, period and programme, without characters file systems refuse", () => {
    const report = { region: { code: "450600", name: "防城港市", nameEn: "Fangchenggang", level: "CITY" as const }, period: { label: "2020Q4", kind: "QUARTER" as const, asOf: "2020Q4", previous: { label: "2020Q3", asOf: "2020Q3" }, isPartial: false } };
    expect(reportFileName(zh, report, "xlsx")).toBe("防城港市_2020年第四季度_质量强市目标进展.xlsx");
    expect(reportFileName(en, report, "pdf")).toBe("Fangchenggang_Q4 2020_Quality City progress.pdf");
    expect(reportFileName(zh, { ...report, region: { ...report.region, name: "a/b:c" } }, "docx")).toMatch(/^a_b_c_/);
  });

  it("states counts worst first and changes with a sign", () => {
    expect(countsText(zh, { ...none, ACHIEVED: 3, OFF_TRACK: 1 })).toBe("进度滞后1项，已完成3项");
    expect(countsText(en, { ...none, ACHIEVED: 3, OFF_TRACK: 1 })).toBe("Off track: 1; Achieved: 3");
    expect(changeText(zh, 59.09, 84.09, 1)).toBe("−25.0");
    expect(changeText(zh, 5, 3)).toBe("+2");
    expect(changeText(zh, 3, 3)).toBe("持平");
    expect(changeText(zh, null, 3)).toBe("—");
  });

  it("numbers headings as they appear", () => {
    expect(sectionHeading(zh, 2, "图表")).toBe("三、图表");
    expect(sectionHeading(en, 2, "Charts")).toBe("3. Charts");
  });
});

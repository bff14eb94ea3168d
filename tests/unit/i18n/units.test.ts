import { describe, expect, it } from "vitest";
import { unitLabel, unitText, withUnit } from "@/lib/i18n/units";
import { formatValue } from "@/lib/i18n/display";

describe("units", () => {
  it("keep the documents' wording in Chinese", () => {
    expect(unitText("zh-CN", "个")).toBe("个");
    expect(withUnit("zh-CN", "30", "家")).toBe("30 家");
    expect(formatValue("zh-CN", 2.5, 1, "万亩")).toBe("2.5 万亩");
    expect(unitLabel("zh-CN", "个")).toBe("个");
  });

  it("drop Chinese measure words after an English number and translate physical units", () => {
    expect(withUnit("en", "30", "个")).toBe("30");
    expect(formatValue("en", 9, 0, "家")).toBe("9");
    expect(formatValue("en", 2.5, 1, "万亩")).toBe("2.5 10k mu");
    expect(formatValue("en", 120, 0, "人")).toBe("120 people");
    expect(formatValue("en", 35.5, 1, "万人次")).toBe("35.5 10k person-times");
    expect(withUnit("en", "800", "台件")).toBe("800");
  });

  it("write percentages the same way in both languages", () => {
    expect(formatValue("en", 95, 1, "%")).toBe("95.0%");
    expect(formatValue("zh-CN", 95, 1, "%")).toBe("95.0%");
  });

  it("name a bare count in a unit column, and leave an unknown unit as written", () => {
    expect(unitLabel("en", "个")).toBe("count (个)");
    expect(unitLabel("en", "万亩")).toBe("10k mu (万亩)");
    expect(unitLabel("en", "%")).toBe("%");
    expect(unitLabel("en", "kWh")).toBe("kWh");
    expect(withUnit("en", "4", "kWh")).toBe("4 kWh");
  });
});

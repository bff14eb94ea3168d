import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatPeriod } from "@/lib/domain/period";
import { cellNumber, formatPeriodLabel, formatProgress, formatTarget, formatValue } from "@/lib/i18n/display";
import { createTranslator, messagesFor } from "@/lib/i18n/translate";

const zh = createTranslator(messagesFor("zh-CN"));
const en = createTranslator(messagesFor("en"));

describe("target text", () => {
  it("writes the comparator's symbol and the value with its unit as each language writes it", () => {
    const rate = { unit: "%", decimals: 1 };
    const count = { unit: "项", decimals: 0 };
    expect(formatTarget("zh-CN", { comparator: "GTE", targetValue: 95 }, rate)).toBe("≥ 95.0%");
    expect(formatTarget("en", { comparator: "GTE", targetValue: 95 }, rate)).toBe("≥ 95.0%");
    expect(formatTarget("zh-CN", { comparator: "GTE", targetValue: 3 }, count)).toBe("≥ 3 项");
    expect(formatTarget("en", { comparator: "GTE", targetValue: 3 }, count)).toBe("≥ 3");
    expect(formatTarget("zh-CN", { comparator: "LTE", targetValue: 1500 }, { unit: "万元", decimals: 0 })).toBe("≤ 1,500 万元");
    expect(formatTarget("en", { comparator: "LTE", targetValue: 1500 }, { unit: "万元", decimals: 0 })).toBe("≤ 1,500 10k yuan");
    expect(formatTarget("en", { comparator: "EQ", targetValue: 0 }, { unit: "起", decimals: 0 })).toBe("= 0");
  });

  it("never shows a target with fewer digits than it was set with, and at most four", () => {
    expect(formatTarget("zh-CN", { comparator: "GT", targetValue: 2.5 }, { unit: "万亩", decimals: 0 })).toBe("> 2.5 万亩");
    expect(formatTarget("zh-CN", { comparator: "LT", targetValue: 0.123456 }, { unit: "‰", decimals: 1 })).toBe("< 0.1235‰");
  });
});

describe("value text", () => {
  it("rounds to the indicator's decimals and pads to them", () => {
    expect(formatValue("zh-CN", 96.15, 1, "%")).toBe("96.2%");
    expect(formatValue("zh-CN", 96, 2, "%")).toBe("96.00%");
    expect(formatValue("en", 12345.678, 1, "万元")).toBe("12,345.7 10k yuan");
    expect(formatValue("zh-CN", -0.04, 1, "%")).toBe("0.0%");
    expect(formatValue("zh-CN", null, 1, "%")).toBe("—");
  });

  it("stays a number in a spreadsheet cell, rounded to the indicator's decimals", () => {
    expect(cellNumber(96.15, 1)).toBe(96.2);
    expect(cellNumber(0.62549, 3)).toBe(0.625);
    expect(cellNumber(null, 1)).toBeNull();
  });
});

describe("progress percentage", () => {
  it("is a whole percentage rounded half away from zero, and the same in both languages", () => {
    expect(formatProgress("zh-CN", 0.625)).toBe("63%");
    expect(formatProgress("en", 0.625)).toBe("63%");
    expect(formatProgress("zh-CN", 0.624)).toBe("62%");
    expect(formatProgress("zh-CN", 1)).toBe("100%");
    expect(formatProgress("en", 12.5)).toBe("1,250%");
    expect(formatProgress("zh-CN", -0.125)).toBe("-13%");
    expect(formatProgress("zh-CN", -0.004)).toBe("0%");
    expect(formatProgress("zh-CN", null)).toBe("—");
  });
});

/** Source files under the given folders (TypeScript only). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" || name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("period label", () => {
  it("is the code 2020Q3 in data and the quarter in words in text", () => {
    expect(formatPeriod({ year: 2020, quarter: 3 })).toBe("2020Q3");
    expect(formatPeriodLabel(zh, formatPeriod({ year: 2020, quarter: 3 }))).toBe("2020年第三季度");
    expect(formatPeriodLabel(en, formatPeriod({ year: 2020, quarter: 3 }))).toBe("Q3 2020");
    expect(formatPeriodLabel(zh, "2020")).toBe("2020年");
    expect(formatPeriodLabel(en, "2020")).toBe("2020");
    expect(formatPeriodLabel(en, "next year")).toBe("next year");
  });

  it("is built only by formatPeriod", () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const builders = ["app", "lib", "components", "prisma", "scripts"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => /\}Q\$\{/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(builders).toEqual([path.join("lib", "domain", "period.ts")]);
  });
});

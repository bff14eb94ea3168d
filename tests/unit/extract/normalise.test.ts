import { describe, expect, it } from "vitest";
import { normaliseText } from "@/lib/domain/extract/normalise";
import { TRADITIONAL_TO_SIMPLIFIED } from "@/lib/domain/extract/traditional";
import { parseChineseNumeral } from "@/lib/domain/extract/units";

describe("normaliseText", () => {
  it("maps full-width digits and punctuation to ASCII", () => {
    expect(normaliseText("合格率达到９５．５％以上（全市）：１；２，")).toBe("合格率达到95.5%以上(全市):1;2,");
  });

  it("maps the traditional characters used in target phrases", () => {
    expect(normaliseText("質量監督抽查合格率達到95%以上,新增個項億萬")).toBe("质量监督抽查合格率达到95%以上,新增个项亿万");
    expect(normaliseText("牽頭單位:省質監局;配合單位:省發展改革委")).toBe("牵头单位:省质监局;配合单位:省发展改革委");
  });

  it("keeps the length of the text so that offsets stay valid", () => {
    const text = "\ufeff到２０２０年，產品質量合格率達到９５％以上。\r\n";
    expect(normaliseText(text)).toHaveLength(text.length);
  });

  it("maps every table entry one code unit to one code unit", () => {
    for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(from).toHaveLength(1);
      expect(to).toHaveLength(1);
    }
  });
});

describe("parseChineseNumeral", () => {
  it.each([
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["二十五", 25],
    ["一百", 100],
    ["三千五百", 3500],
    ["一万", 10_000],
    ["两", 2],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it("rejects malformed numerals", () => {
    expect(parseChineseNumeral("三五")).toBeNull();
    expect(parseChineseNumeral("万")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });
});

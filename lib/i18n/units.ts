// Units as the policy documents write them (个, 家, 万亩, %) and how they read in English. Chinese
// counts take a measure word the English noun already implies ("新增名牌 30 个" → "30"), so those
// disappear in English; physical and money units are translated. An unknown unit stays as written.
import type { Locale } from "./locales";

const ENGLISH_UNITS: Record<string, string> = {
  个: "",
  项: "",
  家: "",
  件: "",
  起: "",
  座: "",
  所: "",
  条: "",
  处: "",
  批: "",
  款: "",
  只: "",
  台: "",
  台件: "",
  家次: "",
  批次: "batches",
  人: "people",
  人次: "person-times",
  万人次: "10k person-times",
  次: "times",
  天: "days",
  小时: "hours",
  分: "points",
  亩: "mu",
  万亩: "10k mu",
  元: "yuan",
  万元: "10k yuan",
  亿元: "100m yuan",
  吨: "t",
  万吨: "10k t",
  公里: "km",
  平方公里: "km²",
  万平方米: "10k m²",
};

/** The unit as it reads after a number in this language ("" when the number stands alone). */
export function unitText(locale: Locale, unit: string): string {
  if (locale !== "en") return unit;
  return ENGLISH_UNITS[unit] ?? unit;
}

/** The unit on its own, as a column or field shows it: in English a bare count reads "count (个)". */
export function unitLabel(locale: Locale, unit: string): string {
  const text = unitText(locale, unit);
  if (text === unit) return unit;
  return text ? `${text} (${unit})` : `count (${unit})`;
}

/** A formatted number followed by its unit: "95.0%", "3.5‰", "30 个" / "30", "2.5 万亩" / "2.5 10k mu". */
export function withUnit(locale: Locale, number: string, unit: string): string {
  if (unit === "%" || unit === "‰") return `${number}${unit}`;
  const text = unitText(locale, unit);
  return text ? `${number} ${text}` : number;
}

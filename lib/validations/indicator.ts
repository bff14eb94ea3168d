import { z } from "zod";
import { DIRECTIONS, INDICATOR_KINDS } from "./enums";
import { optionalInt, optionalText, requiredEnum, requiredText } from "./fields";

export const INDICATOR_CODE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

export const indicatorCodeField = () =>
  z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : ""), z.string().regex(INDICATOR_CODE, "admin.validation.indicatorCode"));

export const indicatorSchema = z.object({
  code: indicatorCodeField(),
  name: requiredText(80),
  nameEn: optionalText(160),
  unit: requiredText(10),
  kind: requiredEnum(INDICATOR_KINDS),
  direction: requiredEnum(DIRECTIONS),
  decimals: optionalInt(0, 4, "admin.validation.decimals").transform((v) => v ?? 0),
  definition: optionalText(2000).transform((v) => v ?? ""),
});

export type IndicatorInput = z.output<typeof indicatorSchema>;

import { z } from "zod";
import { REGION_LEVELS } from "./enums";
import { optionalId, optionalInt, optionalText, requiredEnum, requiredText } from "./fields";

/** 6-digit GB/T 2260 division codes; townships use the 9-digit statistical code. */
export const REGION_CODE = /^\d{6}(\d{3})?$/;

export const regionSchema = z.object({
  code: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().regex(REGION_CODE, "admin.validation.regionCode")),
  name: requiredText(50),
  nameEn: optionalText(100),
  level: requiredEnum(REGION_LEVELS),
  parentId: optionalId(),
  sortOrder: optionalInt(0, 9999).transform((v) => v ?? 0),
});

export type RegionInput = z.output<typeof regionSchema>;

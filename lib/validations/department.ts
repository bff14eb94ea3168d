import { z } from "zod";
import { optionalText, requiredText } from "./fields";

export const departmentSchema = z.object({
  code: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase() : ""),
    z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, "admin.validation.departmentCode"),
  ),
  name: requiredText(60),
  shortName: requiredText(20),
  nameEn: optionalText(120),
});

export type DepartmentInput = z.output<typeof departmentSchema>;

import { z } from "zod";
import { MSG, optionalDate, optionalInt, optionalText, requiredDate, requiredId, requiredText } from "./fields";

export const SOURCE_TEXT_MAX = 1_000_000;

const stageSchema = z
  .object({ name: requiredText(40), startDate: requiredDate(), endDate: requiredDate() })
  .refine((s) => s.endDate >= s.startDate, { message: "admin.validation.endBeforeStart", path: ["endDate"] });

/** Stages arrive from the form's stage editor as JSON. */
const stagesField = z.preprocess((v) => {
  if (Array.isArray(v)) return v;
  if (typeof v !== "string" || v.trim() === "") return [];
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return null;
  }
}, z.array(stageSchema, { error: MSG.required }).max(20, MSG.tooLong));

export const planFields = {
  title: requiredText(200),
  docNumber: optionalText(60),
  issuer: optionalText(100),
  issuingRegionId: requiredId(),
  issueDate: optionalDate(),
  periodStart: requiredDate(),
  deadline: requiredDate(),
};

const deadlineAfterStart = (p: { periodStart: Date; deadline: Date }) => p.deadline > p.periodStart;
const deadlineIssue = { message: "admin.validation.deadlineBeforeStart", path: ["deadline"] };

export const planSchema = z
  .object({ ...planFields, sourceText: optionalText(SOURCE_TEXT_MAX).transform((v) => v ?? ""), stages: stagesField })
  .refine(deadlineAfterStart, deadlineIssue);

export type PlanInput = z.output<typeof planSchema>;

export const areaSchema = z.object({
  name: requiredText(40),
  nameEn: optionalText(80),
  sortOrder: optionalInt(0, 999).transform((v) => v ?? 0),
});

export type AreaInput = z.output<typeof areaSchema>;

// The inputs of the year's assessment process (自评, 审核, 抽查, 申诉) from forms and the API.
// Messages are catalogue keys shown next to the field they name; an item's score and reason are
// keyed "points.CODE" and "reason.CODE" so that the form can put each message under its item.
import { z } from "zod";
import type { FieldErrors } from "@/lib/result";
import { fieldErrorsOf, MSG, optionalNumber, optionalText, requiredDate, requiredEnum, requiredId, requiredNumber, requiredText } from "./fields";

const ITEM_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

export const assessmentYearParam = z.coerce.number({ error: MSG.year }).int(MSG.year).min(1990, MSG.year).max(2100, MSG.year);
export const regionCodeParam = z.string({ error: MSG.required }).regex(/^\d{6}$/, "assessment.validation.regionCode");

/** Which region's assessment of which year a form acts on. */
export const assessmentRefSchema = z.object({ year: assessmentYearParam, region: regionCodeParam });
export type AssessmentRef = z.output<typeof assessmentRefSchema>;

const itemCode = () => z.string({ error: MSG.required }).regex(ITEM_CODE, "assessment.validation.code");

const scoredItem = z.object({
  code: itemCode(),
  points: requiredNumber().pipe(z.number().min(0, "assessment.validation.score")),
  reason: optionalText(2000),
});

export const scoresSchema = z.object({
  explanation: optionalText(4000),
  items: z.array(scoredItem).min(1, MSG.required).max(500, MSG.tooLong),
});
export type ScoresInput = z.output<typeof scoresSchema>;

/** A score form's fields ("points.CODE", "reason.CODE", "explanation") as the schema's input. */
export function scoresFromForm(form: Record<string, unknown>): { explanation: unknown; items: { code: string; points: unknown; reason: unknown }[] } {
  const codes = Object.keys(form).flatMap((key) => (key.startsWith("points.") ? [key.slice("points.".length)] : []));
  return { explanation: form.explanation, items: codes.map((code) => ({ code, points: form[`points.${code}`], reason: form[`reason.${code}`] })) };
}

/** Field errors of a score form: an item's issue under "points.CODE" or "reason.CODE". */
export function scoreFieldErrors(error: z.ZodError, items: readonly { code: string }[]): FieldErrors {
  return fieldErrorsOf(error, (path) => {
    const [first, index, field] = path;
    if (first === "items" && typeof index === "number" && typeof field === "string") return `${field}.${items[index]?.code ?? index}`;
    return String(first);
  });
}

export const returnSchema = z.object({ comment: requiredText(2000) });

export const checkSchema = z.object({
  itemCode: z.preprocess((v) => (v === "" ? undefined : v), itemCode().optional()).transform((v) => v ?? null),
  checkedOn: requiredDate(),
  findings: requiredText(2000),
});
export type CheckInput = z.output<typeof checkSchema>;

export const appealSchema = z.object({
  itemCode: itemCode(),
  reason: requiredText(2000),
  requestedPoints: optionalNumber().pipe(z.number().min(0, "assessment.validation.score").nullable()),
});
export type AppealInput = z.output<typeof appealSchema>;

export const decisionSchema = z
  .object({
    appealId: requiredId(),
    decision: requiredEnum(["UPHELD", "REJECTED"] as const),
    reason: requiredText(2000),
    points: optionalNumber().pipe(z.number().min(0, "assessment.validation.score").nullable()),
  })
  .refine((d) => d.decision === "REJECTED" || d.points !== null, { message: "assessment.validation.correctedPoints", path: ["points"] });
export type DecisionInput = z.output<typeof decisionSchema>;

export const copySchemeSchema = z.object({ region: regionCodeParam, fromYear: assessmentYearParam, toYear: assessmentYearParam }).refine((c) => c.toYear > c.fromYear, {
  message: "assessment.validation.toYear",
  path: ["toYear"],
});

export const schemeVersionSchema = z.object({
  region: regionCodeParam,
  year: assessmentYearParam,
  definition: requiredText(200_000),
  note: requiredText(500),
});

/** An evidence file's owner item, from the upload form. */
export const evidenceTargetSchema = z.object({ itemCode: itemCode() });

/** The claim a notice's print link carries beside the assessing region (see lib/auth/print-token.ts). */
export const noticePeriod = (year: number) => `assessment-${year}`;

// zod schemas for figures, shared by the entry grid's actions, the review actions and the API.
// Messages are codes (translated under "entry.errors"); the indicator's own rules come after, in
// lib/domain/figure-rules.ts.
import { z } from "zod";
import { MAX_NOTE_LENGTH, parseNumberInput, parsePeriod } from "@/lib/domain";
import type { FieldErrors } from "@/lib/result";
import { cleanString, fieldErrorsOf } from "./fields";

/** A number typed, pasted or sent as JSON: number, numeric text (full-width, 1,234) or empty. */
export const numberInput = z
  .union([z.number(), z.string().max(40, "notANumber"), z.null()], { error: "notANumber" })
  .optional()
  .transform((raw, ctx) => {
    const value = parseNumberInput(raw);
    if (value === undefined) {
      ctx.addIssue({ code: "custom", message: "notANumber" });
      return z.NEVER;
    }
    return value;
  });

export const periodInput = z.string({ error: "badPeriod" }).transform((text, ctx) => {
  const period = parsePeriod(text.trim());
  if (!period) {
    ctx.addIssue({ code: "custom", message: "badPeriod" });
    return z.NEVER;
  }
  return period;
});

export const noteInput = cleanString({ error: "notText" }).max(MAX_NOTE_LENGTH, "noteTooLong").optional().default("");

/** Body of PUT /api/v1/figures and of the grid's save action. */
export const figurePutSchema = z.object({
  indicator: z.string({ error: "required" }).trim().min(1, "required").max(64, "unknownIndicator"),
  region: z.string({ error: "required" }).trim().regex(/^\d{6}$/, "badRegionCode"),
  period: periodInput,
  value: numberInput,
  numerator: numberInput,
  denominator: numberInput,
  note: noteInput,
  version: z.number({ error: "badVersion" }).int("badVersion").min(0, "badVersion").optional().default(0),
  department: z.string().trim().min(1).max(32).optional(),
  submit: z.boolean({ error: "notBoolean" }).optional().default(false),
});

export type FigurePut = z.output<typeof figurePutSchema>;

export const submitSchema = z.object({
  period: periodInput,
  departmentId: z.number().int().positive(),
  versions: z.record(z.string().regex(/^\d+$/), z.number().int().min(0)).optional(),
});

const reviewTarget = z.object({ id: z.number().int().positive(), version: z.number().int().min(1) });

export const approveSchema = z.object({ figures: z.array(reviewTarget).min(1, "nothingSelected").max(5000) });
export const returnSchema = z.object({ figure: reviewTarget, comment: cleanString().trim().min(2, "commentRequired").max(MAX_NOTE_LENGTH, "noteTooLong") });
/** "Approve all" of a review list's department under its filter: the count shown and when it was shown. */
export const approveMatchingSchema = z.object({
  period: periodInput,
  departmentId: z.number().int().positive(),
  regionCode: z.string().regex(/^\d{6}$/, "badRegionCode").optional(),
  indicatorCode: z.string().trim().min(1).max(64, "unknownIndicator").optional(),
  count: z.number().int().min(1, "nothingSelected"),
  shownAt: z.iso.datetime({ error: "badDate" }).transform((s) => new Date(s)),
});
export const reopenSchema = z.object({ figure: reviewTarget, reason: cleanString().trim().min(2, "reasonRequired").max(MAX_NOTE_LENGTH, "noteTooLong") });

export const periodChangeSchema = z.object({
  period: periodInput,
  isOpen: z.boolean().optional(),
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "badDate")
    .optional(),
});

/** Field issues keyed by the top-level field alone (a grid cell's field), as zod's flattenError keys them. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return fieldErrorsOf(error, (path) => String(path[0]));
}

// The reviewed result of a policy-document import: the plan to create or extend, and the accepted
// candidates, each mapped to an existing indicator or a new one. Sent by the review screen as JSON.
import { z } from "zod";
import { DIRECTIONS, INDICATOR_KINDS } from "./enums";
import { MSG, optionalInt, optionalText, requiredEnum, requiredId, requiredText } from "./fields";
import { INDICATOR_CODE } from "./indicator";
import { planFields, SOURCE_TEXT_MAX } from "./plan";
import { targetFields } from "./target";

export const IMPORT_MAX_TARGETS = 500;
/**
 * The longest text one analysis takes (characters; the demo's policy documents have 4,000–9,000).
 * It bounds the memory of one analysis; its time is bounded by the worker's time limit
 * (ANALYSIS_TIME_LIMIT_SECONDS in lib/data/admin/document-analysis.ts).
 */
export const ANALYSIS_TEXT_MAX = 200_000;

const newIndicator = z.object({
  mode: z.literal("new"),
  // Blank: the import assigns a code (IMP_<plan>_<n>).
  code: optionalText(40)
    .transform((v) => v?.toUpperCase() ?? null)
    .refine((v) => v === null || INDICATOR_CODE.test(v), "admin.validation.indicatorCode"),
  name: requiredText(80),
  unit: requiredText(10),
  kind: requiredEnum(INDICATOR_KINDS),
  direction: requiredEnum(DIRECTIONS),
  decimals: optionalInt(0, 4, "admin.validation.decimals").transform((v) => v ?? 0),
});

const existingIndicator = z.object({ mode: z.literal("existing"), indicatorId: requiredId() });

const { indicatorId: _indicatorId, areaId: _areaId, sourceSentence: _sourceSentence, ...importedTargetFields } = targetFields;

export const importTargetSchema = z.object({
  quote: requiredText(2000),
  indicator: z.discriminatedUnion("mode", [existingIndicator, newIndicator], { error: MSG.required }),
  area: optionalText(40),
  ...importedTargetFields,
});

const newPlan = z
  .object({ mode: z.literal("new"), ...planFields })
  .refine((p) => p.deadline > p.periodStart, { message: "admin.validation.deadlineBeforeStart", path: ["deadline"] });

export const importSchema = z.object({
  sourceText: requiredText(SOURCE_TEXT_MAX),
  plan: z.discriminatedUnion("mode", [newPlan, z.object({ mode: z.literal("existing"), planId: requiredId() })], { error: MSG.required }),
  targets: z.array(importTargetSchema).min(1, "admin.import.errors.noneAccepted").max(IMPORT_MAX_TARGETS, MSG.tooLong),
});

export type ImportInput = z.output<typeof importSchema>;
export type ImportTargetInput = z.output<typeof importTargetSchema>;

/** Reading an uploaded document: .txt (UTF-8 or GB18030) or .docx, at most this many bytes. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

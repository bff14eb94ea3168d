// Shapes shared by several API routes' declarations (request parameters and answers).
import { z } from "zod";
import { parsePeriod } from "@/lib/domain";
import { MAX_ID } from "./fields";
import { TARGET_STATUSES } from "./targets";

export const targetStatusSchema = z.enum(TARGET_STATUSES);

/** A record id in a query or form: a positive integer that fits the database's integer column. */
export const idParam = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, "badId")
  .transform(Number)
  .refine((n) => n <= MAX_ID, "badId");

/** A quarter in a query or form, "2020Q3", as the domain's period rule reads it (the pattern is for the API reference). */
export const quarterParam = z
  .string()
  .regex(/^\d{4}Q[1-4]$/, "badPeriod")
  .refine((v) => parsePeriod(v) !== null, "badPeriod");

/** The quarter and (for the office) the department a figure template or a figure import is for. */
export const figureSheetFields = { period: quarterParam, department: idParam.optional() };

/** A target as the API shows it (stable field names for other government systems). */
export const targetJsonSchema = z.object({
  id: z.number().int(),
  indicator: z.object({ code: z.string(), name: z.string(), unit: z.string() }),
  region: z.object({ code: z.string(), name: z.string() }),
  comparator: z.enum([">=", "<=", "=", ">", "<"]),
  target: z.number(),
  baseline: z.number().nullable(),
  deadline: z.string(),
  latest: z.object({ period: z.string(), value: z.number() }).nullable(),
  progress: z.number().nullable(),
  expected: z.number().nullable(),
  forecast: z.number().nullable(),
  status: targetStatusSchema,
});

export const figureStatusSchema = z.enum(["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"]);

/** A stored figure as the API shows it. */
export const figureJsonSchema = z.object({
  id: z.number().int(),
  indicator: z.string(),
  region: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  note: z.string(),
  status: figureStatusSchema,
  reviewComment: z.string(),
  version: z.number().int(),
  isDemo: z.boolean(),
  department: z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable() }).nullable(),
  enteredBy: z.string().nullable(),
  isOnBehalf: z.boolean(),
  enteredAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  updatedAt: z.string(),
});

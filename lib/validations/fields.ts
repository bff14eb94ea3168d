// Building blocks for the admin schemas: form values arrive as strings (or are missing), and every
// message is a catalogue key the form translates next to its field.
import { z } from "zod";
import type { FieldErrors } from "@/lib/result";

export const MSG = {
  required: "admin.validation.required",
  tooLong: "admin.validation.tooLong",
  number: "admin.validation.number",
  integer: "admin.validation.integer",
  positive: "admin.validation.positive",
  date: "admin.validation.date",
  year: "admin.validation.year",
  choice: "admin.validation.choice",
} as const;

/**
 * NUL and the other C0 control characters except tab and line feed (a carriage return goes, so "\r\n"
 * becomes "\n"), DEL, and the bidirectional embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069) that can make stored text read differently from what it is.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/gu;
/** Half of a UTF-16 surrogate pair without its other half: not text, and the database engine throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A lone surrogate becomes U+FFFD, as URL decoding does for a query string. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/** Text as it may be stored: lone surrogates replaced, control and bidi-override characters removed. */
export function sanitiseText(text: string): string {
  return replaceLoneSurrogates(text).replace(CONTROL_CHARACTERS, "");
}

/** A string sanitised (sanitiseText): the one cleaning step of every stored text field. */
export const cleanString = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(sanitiseText);

/** Empty strings and missing values both mean "not given". */
const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

export const requiredText = (max: number) =>
  z.preprocess(
    (v) => (v === null || v === undefined ? "" : v),
    cleanString({ error: MSG.required }).trim().min(1, MSG.required).max(max, MSG.tooLong),
  );

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, cleanString({ error: MSG.required }).trim().max(max, MSG.tooLong).optional()).transform((v) => v ?? null);

const toNumber = (value: unknown) => {
  const v = blankToUndefined(value);
  if (typeof v !== "string") return v;
  // Officials paste numbers with thousands separators and full-width digits.
  const ascii = v.trim().replace(/[\uff10-\uff19\uff0e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/,/g, "");
  return ascii === "" ? undefined : Number(ascii);
};

export const requiredNumber = () => z.preprocess(toNumber, z.number({ error: MSG.number }).finite(MSG.number));
export const optionalNumber = () => z.preprocess(toNumber, z.number({ error: MSG.number }).finite(MSG.number).optional()).transform((v) => v ?? null);

export const requiredInt = (min: number, max: number, message: string = MSG.integer) =>
  z.preprocess(toNumber, z.number({ error: MSG.required }).int(message).min(min, message).max(max, message));

export const optionalInt = (min: number, max: number, message: string = MSG.integer) =>
  z.preprocess(toNumber, z.number({ error: message }).int(message).min(min, message).max(max, message).optional()).transform((v) => v ?? null);

/** A record chosen in a select: a positive integer id. */
export const requiredId = () => z.preprocess(toNumber, z.number({ error: MSG.required }).int(MSG.required).positive(MSG.required));
export const optionalId = () =>
  z.preprocess(toNumber, z.number({ error: MSG.choice }).int(MSG.choice).positive(MSG.choice).optional()).transform((v) => v ?? null);

/** Several ids from checkboxes or a multiple select; duplicates dropped. */
export const idList = () =>
  z
    .preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(requiredId()))
    .transform((ids) => [...new Set(ids)]);

export const requiredEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: (issue) => (issue.input === undefined ? MSG.required : MSG.choice) }));

/** A checkbox: "on"/"true" when ticked, missing when not. */
export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function toDate(value: unknown) {
  const v = blankToUndefined(value);
  if (v instanceof Date || v === undefined) return v;
  if (typeof v !== "string" || !ISO_DATE.test(v.trim())) return "invalid";
  const date = new Date(`${v.trim()}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v.trim() ? "invalid" : date;
}
export const requiredDate = () => z.preprocess(toDate, z.date({ error: (issue) => (issue.input === undefined ? MSG.required : MSG.date) }));
export const optionalDate = () => z.preprocess(toDate, z.date({ error: MSG.date }).optional()).transform((v) => v ?? null);

export const year = () => requiredInt(1990, 2100, MSG.year);

/** A FormData as a plain object; `multi` names fields that may repeat (checkbox groups). */
export function formToObject(formData: FormData, multi: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = multi.includes(key) ? values : values[0];
  }
  for (const key of multi) out[key] ??= [];
  return out;
}

/**
 * zod issues as field → message keys; by default nested paths are joined with dots
 * ("targets.2.value"), `keyOf` may key them otherwise. Issues without a path are "_form".
 */
export function fieldErrorsOf(error: z.ZodError, keyOf: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join(".")): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? keyOf(issue.path) : "_form";
    (out[key] ??= []).push({ code: issue.message });
  }
  return out;
}

/** Parses with a schema into the shared result shape (field messages on failure). */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown): { ok: true; data: z.output<T> } | { ok: false; code: "INVALID"; fieldErrors: FieldErrors } {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data } : { ok: false, code: "INVALID", fieldErrors: fieldErrorsOf(result.error) };
}

/** The largest id the database's integer column holds: bigger ones are refused, never sent to it. */
export const MAX_ID = 2_147_483_647;

/** A record id from a route segment ("/admin/plans/12"); null when it is not one. */
export function parseIdParam(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_ID ? Number(value) : null;
}

/** A record id or page number from a page's query string; anything else (not digits, beyond MAX_ID) is left out. */
export const idQueryParam = () => z.string().transform(parseIdParam).pipe(z.number()).optional().catch(undefined);

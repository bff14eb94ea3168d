// The error answers of the JSON API: `{ error: { code, message, fieldErrors?, fieldCodes?, … } }`
// with the matching HTTP status, messages in the caller's language. One table maps each failure of
// the data layer to an API error code and each API error code to its status.
import { NextResponse } from "next/server";
import { z } from "zod";
import { issueMessage, failureMessage } from "@/lib/i18n/issues";
import type { Translate } from "@/lib/i18n/translate";
import type { Failure, FailureCode, FieldErrors } from "@/lib/result";

export type ApiErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "LOCKED"
  | "UNAVAILABLE";

export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 423,
  UNAVAILABLE: 503,
};

/** What each data-layer failure is called in the API (and so which status it answers). */
export const API_ERROR_OF: Record<FailureCode, ApiErrorCode> = {
  INVALID: "BAD_REQUEST",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  DUPLICATE: "CONFLICT",
  IN_USE: "CONFLICT",
  LAST_ADMIN: "CONFLICT",
  SELF: "CONFLICT",
  ARCHIVED: "CONFLICT",
  LOCKED: "LOCKED",
};

/** The body of every error answer (more fields, such as `issues` or `current`, may follow). */
export const apiErrorSchema = z.object({
  error: z.looseObject({
    code: z.enum(Object.keys(HTTP_STATUS) as [ApiErrorCode, ...ApiErrorCode[]]),
    message: z.string().min(1),
    reason: z.string().optional(),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
    fieldCodes: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const NO_STORE = { "Cache-Control": "private, no-store" } as const;

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status: HTTP_STATUS[code], headers: NO_STORE });
}

/** Field issues as the API shows them: translated messages, and the codes for programs. */
export function fieldBody(t: Translate, errors: FieldErrors) {
  const entries = Object.entries(errors).flatMap(([field, list]) => (list?.length ? [[field, list] as const] : []));
  return {
    fieldErrors: Object.fromEntries(entries.map(([field, list]) => [field, list.map((i) => issueText(t, i.code, i.params))])),
    fieldCodes: Object.fromEntries(entries.map(([field, list]) => [field, list.map((i) => i.code)])),
  };
}

/** An issue code's sentence: entry's catalogue, else the API's, else a generic "invalid value". */
function issueText(t: Translate, code: string, params?: Record<string, string | number>) {
  const entry = issueMessage(t, { code, params });
  if (entry !== `entry.errors.${code}`) return entry;
  const api = t(`api.issues.${code}`, params);
  return api === `api.issues.${code}` ? t("api.issues.invalid") : api;
}

/** A 400 for input that failed its schema. */
export function invalidInput(t: Translate, errors: FieldErrors) {
  return apiError("BAD_REQUEST", t("api.errors.BAD_REQUEST"), fieldBody(t, errors));
}

/** A data-layer failure as an answer: its reason's message, field issues, and what else it carries. */
export function failureResponse(t: Translate, failure: Failure) {
  const { ok: _ok, code, reason, params, fieldErrors, ...extra } = failure;
  const message = reason ? failureMessage(t, failure) : t(`api.errors.${API_ERROR_OF[code]}`);
  return apiError(API_ERROR_OF[code], message, { ...(reason && { reason }), ...(params && { params }), ...(fieldErrors && fieldBody(t, fieldErrors)), ...extra });
}

// Shared shape of the JSON API: parse → authenticate → permission → data layer → respond.
// Errors are `{ error: { code, message, fieldErrors? } }` with the matching HTTP status.
import { NextResponse } from "next/server";
import { z } from "zod";

export type ApiErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED" | "TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE";

const STATUS: Record<ApiErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

export function apiError(code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status: STATUS[code] });
}

export const unauthorized = () => apiError("UNAUTHORIZED", "Sign in or send an API token (Authorization: Bearer …).");
export const notFound = (what = "resource") => apiError("NOT_FOUND", `No such ${what} in your scope.`);

/** A 400 answer carrying zod's messages, field by field. */
export function invalid(error: z.ZodError) {
  const flat = z.flattenError(error);
  const fields = Object.entries(flat.fieldErrors as Record<string, string[] | undefined>).map(([k, v]) => `${k}: ${(v ?? []).join("; ")}`);
  return apiError("BAD_REQUEST", [...flat.formErrors, ...fields].join("; "), { fieldErrors: flat.fieldErrors });
}

/** Parses query parameters; on failure the 400 response carries zod's field messages. */
export function parseQuery<T extends z.ZodType>(schema: T, url: string | URL) {
  const result = schema.safeParse(Object.fromEntries(new URL(url).searchParams));
  return result.success ? { ok: true as const, data: result.data as z.output<T> } : { ok: false as const, response: invalid(result.error) };
}

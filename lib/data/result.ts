// The result of a data-layer write: expected failures are values, not exceptions. `reason` is a
// message key under "entry.errors" that the UI and the API translate; route handlers map `code`
// to an HTTP status.
import type { FieldErrors } from "@/lib/domain";

export type DataErrorCode = "INVALID" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "LOCKED";

export interface DataFailure {
  ok: false;
  code: DataErrorCode;
  reason: string;
  params?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
}

export type DataResult<T, F = object> = { ok: true; data: T } | (DataFailure & F);

export function fail(code: DataErrorCode, reason: string, extra: Omit<DataFailure, "ok" | "code" | "reason"> = {}): DataFailure {
  return { ok: false, code, reason, ...extra };
}

export function invalidField(field: string, code: string, params?: Record<string, string | number>): DataFailure {
  return fail("INVALID", "invalid", { fieldErrors: { [field]: [{ code, ...(params && { params }) }] } });
}

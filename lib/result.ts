// The one result shape of the data layer, server actions and route handlers: expected failures are
// values, not exceptions. A failure's `code` says what kind of failure it is (route handlers map it
// to an HTTP status in lib/http); `reason` and the field issues' codes are catalogue keys the UI and
// the API translate (entry and review reasons under "entry.errors", admin ones as full keys).

export type FailureCode =
  | "INVALID"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "LOCKED"
  | "DUPLICATE"
  | "IN_USE"
  | "LAST_ADMIN"
  | "SELF"
  | "ARCHIVED";

/** One problem with one field: a message code and the values for its placeholders. */
export interface FieldIssue {
  code: string;
  params?: Record<string, string | number>;
}

/** Field name (nested paths joined with dots) → its issues. */
export type FieldErrors = Partial<Record<string, FieldIssue[]>>;

export interface Failure {
  ok: false;
  code: FailureCode;
  /** Why, more precisely than the code ("periodClosed", "outOfScope"): a message key. */
  reason?: string;
  /** Values for the message's placeholders, e.g. what still depends on a record. */
  params?: Record<string, string | number>;
  fieldErrors?: FieldErrors;
}

export type FailureExtra = Omit<Failure, "ok" | "code">;

/** Success with data, or a failure that may carry more (`F`: e.g. the stored figure of a conflict). */
export type Result<T, F = object> = { ok: true; data: T } | (Failure & F);

export function success<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function failure(code: FailureCode, extra: FailureExtra = {}): Failure {
  return { ok: false, code, ...extra };
}

/** An INVALID failure with one issue on one field. */
export function invalidField(field: string, code: string, params?: Record<string, string | number>): Failure {
  return failure("INVALID", { reason: "invalid", fieldErrors: { [field]: [{ code, ...(params && { params }) }] } });
}

/** The codes of each field's issues ({ name: ["admin.validation.required"] }). */
export function issueCodes(errors: FieldErrors): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).flatMap(([field, list]) => (list?.length ? [[field, list.map((i) => i.code)]] : [])));
}

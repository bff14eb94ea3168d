// The result shape shared by admin data functions, server actions and the forms that show them.
// Expected failures are values, not exceptions; messages are catalogue keys the UI translates.

export type FailureCode =
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "DUPLICATE"
  | "IN_USE"
  | "LAST_ADMIN"
  | "SELF"
  | "CONFLICT"
  | "ARCHIVED";

/** Field name → catalogue keys of its messages. */
export type FieldErrors = Record<string, string[]>;

export type Failure = {
  ok: false;
  code: FailureCode;
  fieldErrors?: FieldErrors;
  /** Values for the message's placeholders, e.g. what still depends on a record. */
  params?: Record<string, string | number>;
};

export type Result<T> = { ok: true; data: T } | Failure;

export function success<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function failure(code: FailureCode, extra: Omit<Failure, "ok" | "code"> = {}): Failure {
  return { ok: false, code, ...extra };
}

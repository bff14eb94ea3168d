// One way to run a change in a transaction and end it with an expected failure: return a failure
// from the callback, or `abort(…)` from deep inside it; either rolls everything back and comes out
// as the failure value. Unexpected errors still throw.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import { failure, type Failure, type FailureCode, type FailureExtra, type Result } from "@/lib/result";

class FailureSignal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

/** Ends the current transaction with this failure (rolled back; `transaction` returns it). */
export function abort(code: FailureCode, extra: FailureExtra & Record<string, unknown> = {}): never {
  throw new FailureSignal(failure(code, extra));
}

/** A write that broke a unique constraint (Prisma's P2002), e.g. two saves of a new record at once. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Runs `fn` in one interactive transaction. A failure it returns or aborts with rolls the
 * transaction back and is the result; `F` types what such failures carry besides the usual fields.
 */
export async function transaction<T, F = object>(
  fn: (tx: DbTransaction) => Promise<Result<T, F>>,
  options: { timeout?: number } = {},
): Promise<Result<T, F>> {
  try {
    return await db.$transaction(
      async (tx) => {
        const result = await fn(tx);
        if (!result.ok) throw new FailureSignal(result);
        return result;
      },
      { timeout: options.timeout ?? 60_000 },
    );
  } catch (error) {
    if (error instanceof FailureSignal) return error.failure as Failure & F;
    throw error;
  }
}

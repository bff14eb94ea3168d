// Shared plumbing of the admin data layer: permission checks, one transaction per change, and
// expected failures (duplicate codes, records still in use) turned into results instead of errors.
import "server-only";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { can, type Capability } from "@/lib/permissions";
import { failure, success, type Failure, type FailureCode, type Result } from "@/lib/result";

class FailureSignal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

/** Ends the current transaction with an expected failure (rolled back, returned as a result). */
export function fail(code: FailureCode, extra: Omit<Failure, "ok" | "code"> = {}): never {
  throw new FailureSignal(failure(code, extra));
}

/** A duplicate value in a unique field, reported on that field. */
export function failDuplicate(field: string): never {
  fail("DUPLICATE", { fieldErrors: { [field]: [`admin.errors.duplicate.${field}`] } });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Runs a change in one transaction after checking the capability. A `fail(…)` inside rolls the
 * transaction back and becomes the result; a unique-constraint race becomes DUPLICATE.
 */
export async function change<T>(user: SessionUser, capability: Capability, fn: (tx: DbTransaction) => Promise<T>): Promise<Result<T>> {
  if (!can(user, capability)) return failure("FORBIDDEN");
  try {
    return success(await db.$transaction(fn, { timeout: 60_000 }));
  } catch (error) {
    if (error instanceof FailureSignal) return error.failure;
    if (isUniqueViolation(error)) return failure("DUPLICATE");
    throw error;
  }
}

/** For reads: the capability check that list and detail functions share. */
export function assertCan(user: SessionUser, capability: Capability): void {
  if (!can(user, capability)) throw new Error(`FORBIDDEN: ${capability}`);
}

/** "3 个目标、2 个用户" style summaries of what still depends on a record (entity → count). */
export function dependents(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** Refuses a deletion while anything depends on the record, naming what does. */
export function failIfInUse(counts: Record<string, number>, hint: "deactivate" | "archive" | "none" = "deactivate"): void {
  const using = dependents(counts);
  if (Object.keys(using).length === 0) return;
  fail("IN_USE", { params: { ...using, hint } });
}

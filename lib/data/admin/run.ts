// Shared plumbing of the admin data layer: permission checks, one transaction per change, and
// expected failures (duplicate codes, records still in use) turned into results instead of errors.
import "server-only";
import type { DbTransaction } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { can, type Capability } from "@/lib/permissions";
import { failure, success, type Result } from "@/lib/result";
import { abort, isUniqueViolation, transaction } from "../transaction";

/** A duplicate value in a unique field, reported on that field. */
export function abortDuplicate(field: string): never {
  abort("DUPLICATE", { fieldErrors: { [field]: [{ code: `admin.errors.duplicate.${field}` }] } });
}

/**
 * Runs a change in one transaction after checking the capability. An `abort(…)` inside rolls the
 * transaction back and becomes the result; a unique-constraint race becomes DUPLICATE.
 */
export async function change<T>(user: SessionUser, capability: Capability, fn: (tx: DbTransaction) => Promise<T>): Promise<Result<T>> {
  if (!can(user, capability)) return failure("FORBIDDEN");
  try {
    return await transaction(async (tx) => success(await fn(tx)));
  } catch (error) {
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
export function abortIfInUse(counts: Record<string, number>, hint: "deactivate" | "archive" | "none" = "deactivate"): void {
  const using = dependents(counts);
  if (Object.keys(using).length === 0) return;
  abort("IN_USE", { params: { ...using, hint } });
}

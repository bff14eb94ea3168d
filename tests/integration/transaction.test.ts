// The one transaction helper against the real SQLite file: a failure, returned or aborted deep
// inside, rolls every write back and comes out as the result; other errors still throw.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { DbTransaction } from "@/lib/db-client";
import { abort, isUniqueViolation, transaction } from "@/lib/data/transaction";
import { failure, success } from "@/lib/result";

const code = (label: string) => `TX-${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const create = (tx: DbTransaction, c: string) => tx.department.create({ data: { code: c, name: c, shortName: c } });
const exists = async (c: string) => (await db.department.count({ where: { code: c } })) === 1;

describe("transaction", () => {
  it("commits the writes of a success and returns its data", async () => {
    const c = code("ok");
    const result = await transaction(async (tx) => success((await create(tx, c)).code));
    expect(result).toEqual({ ok: true, data: c });
    expect(await exists(c)).toBe(true);
  });

  it("rolls back when the callback returns a failure, and returns that failure with its extras", async () => {
    const c = code("returned");
    const result = await transaction<string, { conflicts?: number[] }>(async (tx) => {
      await create(tx, c);
      return { ...failure("CONFLICT", { reason: "reviewConflict" }), conflicts: [7] };
    });
    expect(result).toEqual({ ok: false, code: "CONFLICT", reason: "reviewConflict", conflicts: [7] });
    expect(await exists(c)).toBe(false);
  });

  it("rolls back when a helper deep inside aborts, and returns the abort's failure", async () => {
    const c = code("aborted");
    const nested = async (tx: DbTransaction) => {
      await create(tx, c);
      abort("LOCKED", { reason: "periodClosed", params: { period: "2020Q3" } });
    };
    const result = await transaction(async (tx) => {
      await nested(tx);
      return success(null);
    });
    expect(result).toEqual({ ok: false, code: "LOCKED", reason: "periodClosed", params: { period: "2020Q3" } });
    expect(await exists(c)).toBe(false);
  });

  it("rethrows an unexpected error after rolling back", async () => {
    const c = code("error");
    await expect(
      transaction(async (tx) => {
        await create(tx, c);
        throw new Error("disk on fire");
      }),
    ).rejects.toThrow("disk on fire");
    expect(await exists(c)).toBe(false);
  });

  it("lets a unique-constraint violation through, recognisable by isUniqueViolation", async () => {
    const c = code("dup");
    await db.department.create({ data: { code: c, name: c, shortName: c } });
    const error = await transaction(async (tx) => success(await create(tx, c))).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("other"))).toBe(false);
  });
});

// The statements that differ between SQLite and PostgreSQL (lib/data/dialect.ts and the plain SQL
// of the data layer) give the same answers on both: `npm test` runs this file on each database.
import { afterAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/data/audit-log";
import { recordAudit } from "@/lib/data/audit";
import { enumParam, intParam, realParam } from "@/lib/data/dialect";
import { countFailure, throttleKey } from "@/lib/data/sign-in-throttle";
import { DEFAULT_SIGN_IN_SETTINGS } from "@/lib/domain/sign-in-settings";
import { likePrefix } from "@/lib/data/sql";
import { db } from "@/lib/db";
import { userNamed } from "../support/users";

const kind = process.env.DATABASE_URL?.startsWith("postgresql:") ? "PostgreSQL" : "SQLite";
const KEY = throttleKey("address", "dialect-test");

afterAll(async () => {
  await db.signInThrottle.deleteMany({ where: { key: KEY } });
});

describe(`plain SQL on ${kind}`, () => {
  it("reads typed parameters of a VALUES list back as numbers, nulls and enum values that match the columns", async () => {
    const approved = await db.figure.count({ where: { status: "APPROVED" } });
    expect(approved).toBeGreaterThan(0);
    const rows = await db.$queryRaw<{ id: number | bigint; value: number | null; status: string; matching: number | bigint }[]>`
      WITH "v" ("id", "value", "status") AS (VALUES (${intParam(7)}, ${realParam(2.5)}, ${enumParam("APPROVED", "FigureStatus")}), (${intParam(8)}, ${realParam(null)}, ${enumParam("DRAFT", "FigureStatus")}))
      SELECT "v"."id" AS "id", "v"."value" AS "value", "v"."status" AS "status",
        (SELECT COUNT(*) FROM "figures" AS "f" WHERE "f"."status" = "v"."status") AS "matching"
      FROM "v" ORDER BY "v"."id"`;
    expect(rows.map((r) => ({ id: Number(r.id), value: r.value, status: r.status }))).toEqual([
      { id: 7, value: 2.5, status: "APPROVED" },
      { id: 8, value: null, status: "DRAFT" },
    ]);
    expect(Number(rows[0]?.matching)).toBe(approved);
  });

  it("refuses an enum name that is not one", () => {
    expect(() => enumParam("APPROVED", 'FigureStatus"; DROP TABLE figures; --')).toThrow(/Not an enum name/);
  });

  it("matches a LIKE prefix as Prisma's startsWith does, with its wildcards escaped", async () => {
    const city = await db.region.findFirstOrThrow({ where: { level: "CITY" }, select: { path: true } });
    const count = async (prefix: string) => {
      const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "regions" WHERE "path" LIKE ${likePrefix(prefix)} ESCAPE '\\'`;
      return Number(row?.n);
    };
    expect(await count(city.path)).toBe(await db.region.count({ where: { path: { startsWith: city.path } } }));
    expect(await count(city.path)).toBeGreaterThan(1);
    expect(await count("%")).toBe(0);
    expect(await count("_")).toBe(0);
  });

  it("stores dates and booleans written by the province seed's literal SQL as Prisma reads them", async () => {
    const { insertRows } = await import("@/prisma/seed/province/sql");
    const due = new Date("1999-04-20T16:00:00.000Z");
    await insertRows(db, "reporting_periods", ["year", "quarter", "due_date", "is_open", "updated_at"], [[1999, 1, due, true, due], [1999, 2, due, false, due]]);
    try {
      const periods = await db.reportingPeriod.findMany({ where: { year: 1999 }, orderBy: { quarter: "asc" } });
      expect(periods.map((p) => ({ quarter: p.quarter, dueDate: p.dueDate.toISOString(), isOpen: p.isOpen }))).toEqual([
        { quarter: 1, dueDate: due.toISOString(), isOpen: true },
        { quarter: 2, dueDate: due.toISOString(), isOpen: false },
      ]);
    } finally {
      await db.reportingPeriod.deleteMany({ where: { year: 1999 } });
    }
  });
});

describe(`filters on ${kind}`, () => {
  it("finds audit actions by prefix whatever its case", async () => {
    const admin = await userNamed("admin");
    await recordAudit(db, admin, { action: "dialect.check", entityType: "Database", entityId: "dialect" });
    const lower = await listAuditEvents(admin, { action: "dialect." });
    const upper = await listAuditEvents(admin, { action: "DIALECT." });
    expect(lower?.total).toBeGreaterThan(0);
    expect(upper?.total).toBe(lower?.total);
  });
});

describe(`upserts on ${kind}`, () => {
  it("counts every one of many failures arriving at once, creating the counter once", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 8 }, () => countFailure(KEY, 100, DEFAULT_SIGN_IN_SETTINGS, now)));
    expect(results.map((r) => r.failures).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await db.signInThrottle.count({ where: { key: KEY } })).toBe(1);
  });
});

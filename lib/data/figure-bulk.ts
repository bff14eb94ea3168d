// Bulk writes of figures for the import. Prisma's createMany/update through the WebAssembly engine
// cost about a millisecond per row (10,000 rows: 10–20 s); one multi-row statement per few hundred
// rows is about ten times faster. Plain SQL (INSERT … RETURNING, WITH … UPDATE … FROM) that SQLite
// and PostgreSQL both accept, with typed parameters in the VALUES list (./dialect); names are the
// mapped table and column names of schema.prisma.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbWriter } from "@/lib/db-client";
import { enumParam, intParam, realParam } from "./dialect";
import type { FigureRow } from "./figure-fields";
import type { FigureStatus } from "./figure-view";

export interface FigureWriteCommon {
  departmentId: number;
  enteredById: number;
  enteredAt: Date;
}

/** A figure's key and values (as the evaluation reads them), with the department's note. */
export interface NewFigureRow extends FigureRow {
  note: string;
}

export interface FigureUpdateRow {
  id: number;
  /** The version the change is based on; a row whose version moved on is not updated. */
  version: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  status: FigureStatus;
}

const CHUNK = 400;

/** Inserts draft figures; returns their ids keyed by indicator and region. */
export async function insertDraftFigures(db: DbWriter, rows: readonly NewFigureRow[], common: FigureWriteCommon) {
  const created: { id: number; indicatorId: number; regionId: number }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map(
      (r) =>
        Prisma.sql`(${r.indicatorId}, ${r.regionId}, ${r.year}, ${r.quarter}, ${r.value}, ${r.numerator}, ${r.denominator}, ${r.note}, 'DRAFT', ${common.departmentId}, ${common.enteredById}, ${common.enteredAt}, 1, ${common.enteredAt})`,
    );
    const returned = await db.$queryRaw<{ id: number | bigint; indicatorId: number | bigint; regionId: number | bigint }[]>`
      INSERT INTO "figures" ("indicator_id", "region_id", "year", "quarter", "value", "numerator", "denominator", "note", "status",
        "department_id", "entered_by_id", "entered_at", "version", "updated_at")
      VALUES ${Prisma.join(values)}
      RETURNING "id", "indicator_id" AS "indicatorId", "region_id" AS "regionId"`;
    for (const r of returned) created.push({ id: Number(r.id), indicatorId: Number(r.indicatorId), regionId: Number(r.regionId) });
  }
  return created;
}

/** Updates figures whose stored version still matches; returns how many were updated. */
export async function updateFigureValues(db: DbWriter, rows: readonly FigureUpdateRow[], common: FigureWriteCommon): Promise<number> {
  let updated = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows
      .slice(i, i + CHUNK)
      .map(
        (r) =>
          Prisma.sql`(${intParam(r.id)}, ${intParam(r.version)}, ${realParam(r.value)}, ${realParam(r.numerator)}, ${realParam(r.denominator)}, ${r.note}, ${enumParam(r.status, "FigureStatus")})`,
      );
    updated += await db.$executeRaw`
      WITH "v" ("id", "version", "value", "numerator", "denominator", "note", "status") AS (VALUES ${Prisma.join(values)})
      UPDATE "figures" SET
        "value" = "v"."value", "numerator" = "v"."numerator", "denominator" = "v"."denominator", "note" = "v"."note",
        "status" = "v"."status", "department_id" = ${common.departmentId}, "entered_by_id" = ${common.enteredById},
        "entered_at" = ${common.enteredAt}, "is_demo" = false, "version" = "figures"."version" + 1, "updated_at" = ${common.enteredAt}
      FROM "v"
      WHERE "figures"."id" = "v"."id" AND "figures"."version" = "v"."version"`;
  }
  return updated;
}

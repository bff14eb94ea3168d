// Queries over the cached evaluations for summaries that must not load every target they cover in
// full: status counts per task area, the targets furthest behind, the statuses that scores and
// ranks need. Plain SQL that SQLite and PostgreSQL both accept; names are schema.prisma's mapped
// table and column names.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ScoredTarget } from "@/lib/domain/target-summaries";
import { STATUS_ORDER, type TargetStatus } from "@/lib/domain";
import { idChunks } from "../id-lists";
import { likePrefix } from "../sql";

/** A target without a cached evaluation is NO_DATA, as in loadScopedTargets. */
const STATUS = Prisma.sql`COALESCE("e"."status", 'NO_DATA')`;

/** The unarchived targets in scope (`regionInScope` in SQL) with their cached evaluation of the given kind, if any. */
function scopedTargets(user: SessionUser, provisional: boolean) {
  return Prisma.sql`
    FROM "targets" AS "t"
    JOIN "regions" AS "r" ON "r"."id" = "t"."region_id"
    LEFT JOIN "target_evaluations" AS "e" ON "e"."target_id" = "t"."id" AND "e"."provisional" = ${provisional}
    WHERE "t"."archived_at" IS NULL AND "r"."path" LIKE ${likePrefix(user.scopePath)} ESCAPE '\\'`;
}

export interface AreaStatusCount {
  areaId: number | null;
  status: TargetStatus;
  targets: number;
}

/** Targets in scope counted per task area and status. */
export async function countStatusesByArea(user: SessionUser, provisional: boolean): Promise<AreaStatusCount[]> {
  const rows = await db.$queryRaw<{ area_id: number | bigint | null; status: TargetStatus; targets: number | bigint }[]>`
    SELECT "t"."area_id" AS "area_id", ${STATUS} AS "status", COUNT(*) AS "targets"
    ${scopedTargets(user, provisional)}
    GROUP BY "t"."area_id", ${STATUS}`;
  return rows.map((r) => ({ areaId: r.area_id === null ? null : Number(r.area_id), status: r.status, targets: Number(r.targets) }));
}

// The order of `mostBehind` (lib/domain/target-summaries.ts) in SQL: status worst first, then how far behind the
// expected progress (unknown last), then target id (the stable sort's input order). The statuses
// are constants, so they are written into the statement rather than bound.
const STATUS_RANK = Prisma.raw(`CASE ${STATUS.sql} ${STATUS_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(" ")} END`);

/** Ids of the `limit` targets in scope furthest behind, as `mostBehind` would pick them. */
export async function listMostBehindIds(user: SessionUser, provisional: boolean, limit: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT "t"."id" AS "id"
    ${scopedTargets(user, provisional)}
      AND ${STATUS} NOT IN ('ACHIEVED', 'ON_TRACK')
    ORDER BY ${STATUS_RANK}, CASE WHEN "e"."progress" IS NULL OR "e"."expected" IS NULL THEN 1 ELSE 0 END, "e"."progress" - "e"."expected", "t"."id"
    LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}

/** The cached status, weight and indicator of some regions' own targets in scope, in id order: what scores, ranks and cards need. */
export async function listTargetStatuses(user: SessionUser, provisional: boolean, regionIds: readonly number[]): Promise<(ScoredTarget & { id: number })[]> {
  const rows = await Promise.all(
    idChunks(regionIds).map(
      (ids) => db.$queryRaw<{ id: number | bigint; region_id: number | bigint; indicator_id: number | bigint; weight: number; status: TargetStatus }[]>`
        SELECT "t"."id" AS "id", "t"."region_id" AS "region_id", "t"."indicator_id" AS "indicator_id", "t"."weight" AS "weight", ${STATUS} AS "status"
        ${scopedTargets(user, provisional)}
          AND "t"."region_id" IN (${Prisma.join(ids)})`,
    ),
  );
  return rows
    .flat()
    .map((r) => ({ id: Number(r.id), regionId: Number(r.region_id), indicatorId: Number(r.indicator_id), weight: Number(r.weight), status: r.status }))
    .sort((a, b) => a.id - b.id);
}

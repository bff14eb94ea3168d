// The bench's database: migrated, seeded with the province data set when empty, statistics fresh.
// Shared by `npm run bench` and the every-page test (scripts/test-province-pages.ts).
import fs from "node:fs";
import path from "node:path";
import { createDbClient, optimizeDatabase } from "@/lib/db-client";
import { recomputeInSlices, seedProvince } from "@/prisma/seed/province";
import { databaseFile } from "@/prisma/seed/province/load";
import { PROVINCE_CODE } from "@/prisma/seed/province/params";
import { migrate } from "../start/migrate";
import { ensureAuthSecret } from "../start/secret";
import { PROVINCE, type CaseIds } from "./pages";

export const isSqlite = (url: string) => url.startsWith("file:");

/** Migrations recorded as applied; opened and closed here, since `migrate deploy` needs the file to itself. */
async function appliedMigrations(url: string): Promise<number> {
  const db = createDbClient(url);
  try {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>("SELECT COUNT(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    return Number(row?.n ?? 0);
  } catch {
    return 0; // a new file: no migrations table yet
  } finally {
    await db.$disconnect();
  }
}

/**
 * Migrates, seeds the province when the database is empty, and returns the session secret. When
 * new migrations were applied to an existing bench database, the cached evaluations are
 * recomputed, since a migration may have added cached columns the old rows lack.
 */
export async function prepareDatabase(url: string): Promise<string> {
  if (isSqlite(url)) fs.mkdirSync(path.dirname(path.resolve(databaseFile(url))), { recursive: true });
  const before = await appliedMigrations(url);
  migrate(url);
  const db = createDbClient(url);
  try {
    const isEmpty = (await db.region.count()) === 0;
    if (isEmpty) {
      console.log("Empty database: loading the province data set (about a minute)…");
      await seedProvince(db);
    }
    const regionCount = await db.region.count({ where: { path: { startsWith: `/000000/${PROVINCE_CODE}/` } } });
    if (regionCount === 0) {
      throw new Error(`${databaseFile(url)} holds other data (no region ${PROVINCE_CODE}). Point DATABASE_URL at a new file for the bench.`);
    }
    if (!isEmpty && (await appliedMigrations(url)) > before) {
      console.log("New migrations applied to the bench database: recomputing the cached evaluations…");
      await db.$transaction((tx) => recomputeInSlices(tx, regionCount), { timeout: 10 * 60_000 });
    }
    await optimizeDatabase(db);
    const [targets, figures, evaluations] = await Promise.all([db.target.count(), db.figure.count(), db.targetEvaluation.count()]);
    console.log(`Database ${databaseFile(url)}: ${targets} targets, ${figures} figures, ${evaluations} evaluations.`);
    return process.env.NEXTAUTH_SECRET?.trim() || (await ensureAuthSecret(db));
  } finally {
    await db.$disconnect();
  }
}


/** Records the detail pages of the every-page test show. */
export async function readCaseIds(url: string): Promise<CaseIds> {
  const db = createDbClient(url);
  try {
    const county = await db.region.findUniqueOrThrow({ where: { code: PROVINCE.county }, select: { id: true } });
    const [indicator, target, figure, department, user, period] = await Promise.all([
      db.indicator.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, code: true } }),
      db.target.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { id: "asc" }, select: { id: true, planId: true } }),
      db.figure.findFirstOrThrow({ where: { regionId: county.id, status: "APPROVED" }, orderBy: { id: "asc" }, select: { id: true } }),
      db.department.findFirstOrThrow({ where: { figures: { some: { status: "SUBMITTED" } } }, orderBy: { id: "asc" }, select: { id: true } }),
      db.user.findUniqueOrThrow({ where: { username: "viewer-dx" }, select: { id: true } }),
      db.reportingPeriod.findFirstOrThrow({ where: { isOpen: false }, orderBy: [{ year: "desc" }, { quarter: "desc" }], select: { year: true } }),
    ]);
    return {
      indicatorCode: indicator.code,
      indicatorId: indicator.id,
      planId: target.planId,
      targetId: target.id,
      figureId: figure.id,
      regionId: county.id,
      departmentId: department.id,
      userId: user.id,
      // The last whole year before the current one: its reports are judged on past quarters.
      year: period.year - 1,
    };
  } finally {
    await db.$disconnect();
  }
}

/** The materialised paths of these regions, by code. */
export async function readRegionPaths(url: string, codes: readonly string[]): Promise<Map<string, string>> {
  const db = createDbClient(url);
  try {
    const rows = await db.region.findMany({ where: { code: { in: [...codes] } }, select: { code: true, path: true } });
    return new Map(rows.map((r) => [r.code, r.path]));
  } finally {
    await db.$disconnect();
  }
}

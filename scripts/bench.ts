// `npm run bench`: server time of the dashboard's main pages and API calls on the province data set
// (seeded on first use), against the same aggregation done by one raw SQL query. A measurement,
// not a test: it exits 0 when goals are missed, and prints FAIL where they are.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDbClient, optimizeDatabase } from "@/lib/db-client";
import { DEMO_PASSWORD } from "@/lib/demo-accounts";
import { recomputeInSlices, seedProvince } from "@/prisma/seed/province";
import { databaseFile } from "@/prisma/seed/province/load";
import { PROVINCE_CODE } from "@/prisma/seed/province/params";
import { benchCases, FLOOR_CASE, type BenchCase, type BenchParams } from "./bench/cases";
import { RawSql } from "./bench/raw-sql";
import { formatFloorNote, formatSummary, formatTable, type CaseResult } from "./bench/report";
import { startServer, takeStatements, type BenchServer, type StatementTally } from "./bench/server";
import { BenchSession } from "./bench/session";
import { ensureBuild } from "./start/build";
import { migrate } from "./start/migrate";
import { ensureAuthSecret } from "./start/secret";

const RUNS = 30;
const WARMUPS = 2;
const DEFAULT_URL = "file:./tests/.tmp/bench.db";
const BENCH_USER = "leader";
const BENCH_REGION = "990100";

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
async function prepareDatabase(url: string): Promise<string> {
  fs.mkdirSync(path.dirname(path.resolve(databaseFile(url))), { recursive: true });
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

async function measure(session: BenchSession, server: BenchServer, raw: RawSql, c: BenchCase, params: BenchParams): Promise<CaseResult> {
  for (let i = 0; i < WARMUPS; i += 1) await session.get(c.path);
  await takeStatements(server.statementFile);
  const probe = await session.get(c.path);
  const tally = await takeStatements(server.statementFile);
  const result: CaseResult = { name: c.name, path: c.path, status: probe.status, samples: [], rawSamples: null, rawRows: null, p95Goal: c.p95Goal, tally, bytes: probe.bytes };
  if (probe.status === 200) {
    const before = await takeStatements(server.statementFile);
    for (let i = 0; i < RUNS; i += 1) result.samples.push((await session.get(c.path)).ms);
    const after = await takeStatements(server.statementFile);
    if (before && after) result.cpuMsPerRequest = (after.cpuMs - before.cpuMs) / RUNS;
  }
  if (c.sql) {
    const timed = raw.time(c.sql, params, RUNS);
    result.rawSamples = timed.samples;
    result.rawRows = timed.rows;
  }
  process.stdout.write(`  ${c.name.padEnd(16)} HTTP ${probe.status}${probe.status === 200 ? `, ${Math.round(probe.bytes / 1024)} KiB` : ""}\n`);
  return result;
}

/** A statement run many times in one request: an N+1, or Prisma splitting one load into ≤999-id chunks. */
function describeRepeats(name: string, tally: StatementTally): string {
  const chunked = tally.parameters >= 500;
  const what = chunked
    ? `${tally.repeats} times with ${tally.parameters} bound ids each: Prisma splits one relation or IN load into chunks of ≤ 999 ids, so the query count grows with the data`
    : `${tally.repeats} times: possible N+1`;
  return `${name}: one statement ran ${what}:\n  ${tally.sample}…`;
}

async function main() {
  const url = (process.env.DATABASE_URL = process.env.DATABASE_URL?.trim() || DEFAULT_URL);
  const authSecret = await prepareDatabase(url);
  ensureBuild();
  const server = await startServer({ databaseUrl: url, authSecret });
  const stopAndExit = (code: number) => void server.stop().finally(() => process.exit(code));
  process.once("SIGINT", () => stopAndExit(130));
  process.once("SIGTERM", () => stopAndExit(143));
  const raw = new RawSql(databaseFile(url));
  try {
    const session = new BenchSession(server.baseUrl);
    await session.signIn(BENCH_USER, DEMO_PASSWORD);
    const params: BenchParams = { scopePath: `/000000/${PROVINCE_CODE}/`, regionCode: BENCH_REGION, indicatorCode: raw.firstIndicatorCode(), ...raw.currentPeriod() };
    const load = os.loadavg()[0] ?? 0;
    console.log(`Server ${server.baseUrl} (signed in as ${BENCH_USER}); ${WARMUPS} warm-ups, then ${RUNS} sequential requests per URL.`);
    const results: CaseResult[] = [];
    for (const c of [...benchCases(params), FLOOR_CASE]) results.push(await measure(session, server, raw, c, params));

    const size = fs.statSync(databaseFile(url)).size / 2 ** 20;
    console.log(`\nNode ${process.version}, ${os.cpus().length} CPUs, load ${load.toFixed(2)} → ${(os.loadavg()[0] ?? 0).toFixed(2)}, database ${size.toFixed(0)} MiB\n`);
    console.log(formatTable(results));
    console.log(`\n${formatSummary(results)}`);
    console.log(formatFloorNote(results, FLOOR_CASE.name));
    for (const r of results) if (r.tally && r.tally.repeats > 3) console.log(`\n${describeRepeats(r.name, r.tally)}`);
  } finally {
    raw.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`\nBench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

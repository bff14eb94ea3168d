// `npm run bench`: every page, API call and report format on the province data set (seeded on first
// use), each as the demo account that uses it, then 20 and 50 signed-in users at once, with the goals
// as PASS/FAIL. One run can bench several databases side by side:
//   npm run bench -- --db file:./tests/.tmp/bench.db,postgresql://…   (or BENCH_DATABASE_URLS=…)
// A measurement, not a test: it exits 0 when goals are missed, and prints FAIL where they are.
import fs from "node:fs";
import os from "node:os";
import { DEMO_PASSWORD } from "@/lib/demo-accounts";
import { databaseFile } from "@/prisma/seed/province/load";
import { PROVINCE_CODE } from "@/prisma/seed/province/params";
import { RAW_SQL, type BenchParams } from "./bench/cases";
import { isSqlite, prepareDatabase, readCaseIds } from "./bench/database";
import { runLoad } from "./bench/load";
import { pageCases, PROVINCE, reportCases, type DemoUser, type PageCase } from "./bench/pages";
import { RawSql } from "./bench/raw-sql";
import { formatRun, formatSideBySide, GOALS_TEXT, type CaseResult, type DatabaseRun } from "./bench/report";
import { startServer, takeStatements, type BenchServer } from "./bench/server";
import { BenchSession } from "./bench/session";
import { median, p95 } from "./bench/stats";
import { ensureBuild } from "./start/build";

const numberFromEnv = (name: string, fallback: number) => Number(process.env[name] ?? fallback) || fallback;
const PAGE_RUNS = numberFromEnv("BENCH_RUNS", 20);
const REPORT_RUNS = numberFromEnv("BENCH_REPORT_RUNS", 5);
const WARMUPS = 2;
const LOAD_USERS = [20, 50];
const LOAD_SECONDS = numberFromEnv("BENCH_LOAD_SECONDS", 20);
const DEFAULT_URL = "file:./tests/.tmp/bench.db";
const FLOOR: PageCase = { name: "(floor) health", path: "/api/health", kind: "api", capability: null, as: "leader" };

/** `--db a,b`, else BENCH_DATABASE_URLS, else DATABASE_URL, else the default bench file. */
function databaseUrls(): string[] {
  const flag = process.argv.indexOf("--db");
  const list = (flag >= 0 ? process.argv[flag + 1] : undefined) ?? process.env.BENCH_DATABASE_URLS ?? process.env.DATABASE_URL ?? DEFAULT_URL;
  return list.split(",").map((u) => u.trim()).filter(Boolean);
}

const label = (url: string) => (isSqlite(url) ? `SQLite ${databaseFile(url)}` : url.replace(/\/\/[^@/]*@/, "//…@"));

/** A case whose first timed request takes longer than this is timed once (the province's PDF). */
const SLOW_MS = 20_000;

async function measure(session: BenchSession, server: BenchServer, c: PageCase, runs: number): Promise<Omit<CaseResult, "c">> {
  const warmups = c.kind === "report" ? 1 : WARMUPS;
  for (let i = 0; i < warmups; i += 1) await session.get(c.path);
  const before = await takeStatements(server.statementFile);
  const probe = await session.get(c.path);
  const tally = await takeStatements(server.statementFile);
  const result: Omit<CaseResult, "c"> = { status: probe.status, samples: [probe.ms], bytes: probe.bytes, tally };
  if (before && tally) result.cpuMs = tally.cpuMs - before.cpuMs;
  if (probe.status !== 200 || probe.ms > SLOW_MS) return result;
  for (let i = 1; i < runs; i += 1) result.samples.push((await session.get(c.path)).ms);
  const after = await takeStatements(server.statementFile);
  if (before && after) result.cpuMs = (after.cpuMs - before.cpuMs) / runs;
  return result;
}

async function benchDatabase(url: string): Promise<DatabaseRun> {
  console.log(`\n== ${label(url)}`);
  const authSecret = await prepareDatabase(url);
  const ids = await readCaseIds(url);
  const server = await startServer({ databaseUrl: url, authSecret });
  const stopAndExit = (code: number) => void server.stop().finally(() => process.exit(code));
  process.once("SIGINT", () => stopAndExit(130));
  process.once("SIGTERM", () => stopAndExit(143));
  const raw = isSqlite(url) ? new RawSql(databaseFile(url)) : null;
  try {
    const sessions = new Map<DemoUser, BenchSession>();
    const sessionOf = async (user: DemoUser) => {
      let session = sessions.get(user);
      if (!session) {
        session = new BenchSession(server.baseUrl);
        await session.signIn(user, DEMO_PASSWORD);
        sessions.set(user, session);
      }
      return session;
    };
    const pages = pageCases(ids);
    const cases = [...pages, ...reportCases(ids.year)];
    console.log(`Server ${server.baseUrl}; ${WARMUPS} warm-ups, then ${PAGE_RUNS} requests per page and ${REPORT_RUNS} per report, one after another.`);
    const results: CaseResult[] = [];
    for (const c of cases) {
      const r: CaseResult = { c, ...(await measure(await sessionOf(c.as), server, c, c.kind === "report" ? REPORT_RUNS : PAGE_RUNS)) };
      const sql = RAW_SQL[c.name];
      if (raw && sql) r.rawSqlMs = raw.median(sql, rawParams(raw, ids.indicatorCode), PAGE_RUNS);
      results.push(r);
      const timing = r.status === 200 ? `, p50 ${Math.round(median(r.samples))} ms, p95 ${Math.round(p95(r.samples))} ms, CPU ${Math.round(r.cpuMs ?? Number.NaN)} ms, ${Math.round(r.bytes / 1024)} KiB` : "";
      process.stdout.write(`  ${c.name.padEnd(28)} HTTP ${r.status}${timing}\n`);
    }
    const floor: CaseResult = { c: FLOOR, ...(await measure(new BenchSession(server.baseUrl), server, FLOOR, PAGE_RUNS)) };

    // Every account signed in once; each simulated user cycles through the pages its account uses.
    const clients = await Promise.all(
      [...new Set(pages.map((p) => p.as))].map(async (user) => ({ session: await sessionOf(user), paths: pages.filter((p) => p.as === user).map((p) => p.path) })),
    );
    const loads = [];
    for (const users of LOAD_USERS) {
      process.stdout.write(`  ${users} concurrent users for ${LOAD_SECONDS} s…\n`);
      loads.push(await runLoad(clients, users, LOAD_SECONDS));
    }
    return { label: label(url), results, floor, loads };
  } finally {
    raw?.close();
    await server.stop();
  }
}

function rawParams(raw: RawSql, indicatorCode: string): BenchParams {
  return { scopePath: `/000000/${PROVINCE_CODE}/`, regionCode: PROVINCE.city, indicatorCode, ...raw.currentPeriod() };
}

async function main() {
  const urls = databaseUrls();
  const load = os.loadavg()[0] ?? 0;
  ensureBuild();
  const runs: DatabaseRun[] = [];
  for (const url of urls) runs.push(await benchDatabase(url));
  console.log(`\nNode ${process.version}, ${os.cpus().length} CPUs, load ${load.toFixed(2)} → ${(os.loadavg()[0] ?? 0).toFixed(2)}`);
  for (const [i, run] of runs.entries()) {
    const url = urls[i] ?? "";
    const size = isSqlite(url) && fs.existsSync(databaseFile(url)) ? `, ${(fs.statSync(databaseFile(url)).size / 2 ** 20).toFixed(0)} MiB` : "";
    const { text, pass, fail } = formatRun(run);
    console.log(`\n== ${run.label}${size}\n${text}`);
    console.log(fail ? `\u001b[1;31m✗ GOALS NOT MET\u001b[0m: ${pass} PASS, ${fail} FAIL.` : `\u001b[1;32m✓ all goals met\u001b[0m: ${pass} PASS.`);
  }
  if (runs.length > 1) console.log(`\nSide by side:\n${formatSideBySide(runs)}`);
  console.log(`\n${GOALS_TEXT}`);
}

main().catch((error: unknown) => {
  console.error(`\nBench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// `npm run test:crash`: a kill -9 in the middle of a 10,000-row figure import leaves nothing
// half-written. On a throw-away copy of the demo database (plus 100 counties and 100 indicators that
// the demo's 市场监督管理局 reports, so that one quarter holds 10,000 figures) a child process imports
// the file to completion once, on a copy, to learn the import's time and what a finished import
// leaves; then on the original, child processes are killed with SIGKILL: once as soon as the
// import's transaction has written pages to the write-ahead log, then at 25 %, 50 % and 75 % of
// that time (until one finishes). After each kill the database is reopened: its figure count and
// audit count must be both as before the import or both as after it. Exits 1 on any other state,
// or when no child was killed before it finished.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDbClient } from "@/lib/db-client";
import { seedDemo } from "@/prisma/seed/demo";

const ROWS = 10_000;
const COUNTIES = 100;
const INDICATORS = ROWS / COUNTIES;
const root = path.resolve(import.meta.dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-test-"));
const dbFile = path.join(dir, "demo.db");
const csvFile = path.join(dir, "figures.csv");

type Counts = { figures: number; audits: number };

async function counts(file: string): Promise<Counts> {
  const db = createDbClient(`file:${file}`);
  try {
    const [figures, audits] = await Promise.all([db.figure.count(), db.auditEvent.count()]);
    return { figures, audits };
  } finally {
    await db.$disconnect();
  }
}

async function prepare() {
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, stdio: "ignore", env: { ...process.env, DATABASE_URL: `file:${dbFile}` } });
  const db = createDbClient(`file:${dbFile}`);
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  const city = await db.region.findUniqueOrThrow({ where: { code: "450600" } });
  const department = await db.department.findUniqueOrThrow({ where: { code: "SCJ" } });
  const counties: { id: number; code: string }[] = [];
  for (let i = 0; i < COUNTIES; i++) {
    const code = `4599${String(i).padStart(2, "0")}`;
    counties.push(await db.region.create({ data: { code, name: `试验县${i}`, level: "COUNTY", parentId: city.id, path: `${city.path}${code}/` } }));
  }
  const indicators: { id: number; code: string }[] = [];
  for (let i = 0; i < INDICATORS; i++) indicators.push(await db.indicator.create({ data: { code: `CRASH_${i}`, name: `试验指标${i}`, unit: "个", kind: "FLOW", decimals: 0 } }));
  await db.responsibility.createMany({ data: indicators.flatMap((ind) => counties.map((c) => ({ departmentId: department.id, indicatorId: ind.id, regionId: c.id }))) });
  await db.reportingPeriod.upsert({ where: { year_quarter: { year: 2020, quarter: 3 } }, update: { isOpen: true }, create: { year: 2020, quarter: 3, dueDate: new Date("2020-10-15"), isOpen: true } });
  await db.$disconnect();
  const lines = indicators.flatMap((ind) => counties.map((c, j) => `${ind.code},${c.code},2020Q3,${(j * 7) % 50}`));
  fs.writeFileSync(csvFile, ["指标代码,地区代码,报告期,数值", ...lines].join("\r\n"));
}

/**
 * Runs the child on `file` and kills it `killAfterMs` after it starts the import, or ("wal") as soon
 * as the import's transaction has written pages to the write-ahead log; null lets it finish.
 */
function runChild(file: string, killAfterMs: number | "wal" | null): Promise<{ killed: boolean; wal: number; result: string }> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx as a loader: the tsx command would run the script in a grandchild that
    // a SIGKILL to the command does not reach.
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", path.join(root, "scripts/crash-test/import-child.ts"), csvFile], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    let killed = false;
    let wal = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (killAfterMs !== null && !before.includes("importing") && out.includes("importing")) {
        const walSize = () => (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
        const kill = () => {
          wal = walSize();
          killed = child.kill("SIGKILL");
        };
        if (killAfterMs !== "wal") setTimeout(kill, killAfterMs);
        else {
          const start = walSize();
          const poll = setInterval(() => {
            if (child.exitCode !== null || child.signalCode !== null) clearInterval(poll);
            // More than the log's header: pages of the import's transaction.
            else if (walSize() > start + 64 * 1024) {
              clearInterval(poll);
              kill();
            }
          }, 2);
        }
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal !== "SIGKILL" && code !== 0) reject(new Error(`import child exited with ${code}: ${out}`));
      else resolve({ killed: killed && signal === "SIGKILL", wal, result: out.split("\n").find((l) => l.startsWith("{")) ?? "" });
    });
  });
}

const same = (a: Counts, b: Counts) => a.figures === b.figures && a.audits === b.audits;

async function main() {
  const t0 = Date.now();
  await prepare();
  const before = await counts(dbFile);
  // The reference: a complete import on a copy.
  const reference = path.join(dir, "reference.db");
  fs.copyFileSync(dbFile, reference);
  const done = await runChild(reference, null);
  const { ms } = JSON.parse(done.result) as { ms: number };
  const after = await counts(reference);
  if (after.figures !== before.figures + ROWS) throw new Error(`the reference import left ${after.figures - before.figures} new figures, not ${ROWS}: ${done.result}`);
  console.log(`crash test: demo database + ${ROWS.toLocaleString("en")}-row import (${ms} ms); before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);

  let failures = 0;
  let kills = 0;
  for (const share of ["wal", 0.25, 0.5, 0.75] as const) {
    const run = await runChild(dbFile, share === "wal" ? "wal" : Math.round(ms * share));
    const state = await counts(dbFile);
    const verdict = same(state, before) ? "as before" : same(state, after) ? "as after" : "HALF-WRITTEN";
    if (verdict === "HALF-WRITTEN") failures++;
    if (run.killed) kills++;
    const when = share === "wal" ? "when the write-ahead log has grown by 64 KB" : `at ${share * 100}% (${Math.round(ms * share)} ms)`;
    console.log(`kill -9 ${when}: ${run.killed ? `killed (write-ahead log ${Math.round(run.wal / 1024)} KB)` : "finished first"}, ${JSON.stringify(state)} — ${verdict}`);
    // A finished import leaves the "after" state; a later run would only re-import the same values.
    if (verdict !== "as before") break;
  }
  const passed = failures === 0 && kills > 0;
  console.log(`crash test: ${passed ? "PASS" : "FAIL"}, ${kills} imports killed, ${failures} half-written states, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (!passed) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));

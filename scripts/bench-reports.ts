// `npm run bench:reports`: how long the summary report of a city for a year with all its counties
// (防城港市, 2020: 42 city targets, 128 county targets, every section) takes as XLSX, DOCX and PDF,
// downloaded by a signed-in leader from a production server. Prints figures; asserts nothing.
// BENCH_URL=http://127.0.0.1:3203 measures a running server; otherwise `npm start`'s script serves a
// fresh demo database on a free port (building first when the sources changed) and is stopped after.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { signInByForm } from "./bench/form-sign-in";

const REPORT = "region=450600&period=2020";
const FORMATS = ["xlsx", "docx", "pdf"] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = { xlsx: 2000, docx: 2000, pdf: 5000 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function startServer(): Promise<{ baseUrl: string; child: ChildProcess }> {
  const port = await freePort();
  const dbFile = path.resolve("tests", ".tmp", `bench-reports-${process.pid}.db`);
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dbFile}`, NODE_ENV: "production" },
  });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-10_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.once("exit", () => ["", "-wal", "-shm", "-journal"].forEach((s) => fs.rmSync(dbFile + s, { force: true })));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15 * 60_000;
  process.stdout.write("Starting a server on a fresh demo database (and building if needed)…");
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${log}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) {
      console.log(" ready.");
      return { baseUrl, child };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`the server did not start in time:\n${log}`);
}

/** The sign-in form's POST; returns the Cookie header of the session. */
async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const jar = await signInByForm(baseUrl, username, password);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function timed(url: string, cookie: string): Promise<{ ms: number; bytes: Buffer }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${bytes.toString().slice(0, 300)}`);
  return { ms: performance.now() - started, bytes };
}

function pdfPages(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `bench-report-${process.pid}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1] ?? "?";
  } catch {
    return "? (no pdfinfo)";
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function main() {
  const started = process.env.BENCH_URL ? null : await startServer();
  const baseUrl = process.env.BENCH_URL ?? started?.baseUrl ?? "";
  try {
    const cookie = await signIn(baseUrl, "leader", "Demo#2026");
    console.log(`Report: GET /api/v1/reports/summary.{xlsx,docx,pdf}?${REPORT} as leader, ${RUNS} runs after one cold run; ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(1)}.\n`);
    console.log("format   cold ms   min ms   median ms   max ms   budget   size");
    for (const format of FORMATS) {
      const url = `${baseUrl}/api/v1/reports/summary.${format}?${REPORT}`;
      const cold = await timed(url, cookie);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) times.push((await timed(url, cookie)).ms);
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? 0;
      const size = `${(cold.bytes.length / 1024).toFixed(0)} KiB${format === "pdf" ? `, ${pdfPages(cold.bytes)} pages` : ""}`;
      const verdict = median <= BUDGET_MS[format] ? "ok" : "OVER";
      console.log(
        `${format.padEnd(6)} ${cold.ms.toFixed(0).padStart(9)} ${times[0]?.toFixed(0).padStart(8)} ${median.toFixed(0).padStart(11)} ${times.at(-1)?.toFixed(0).padStart(8)}   ${`<${BUDGET_MS[format] / 1000} s ${verdict}`.padEnd(9)}${size}`,
      );
    }
  } finally {
    started?.child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

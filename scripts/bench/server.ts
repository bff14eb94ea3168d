// Starts `next start` for the bench on a free port in 3300–3399 and stops it again.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const PORTS = { first: 3300, last: 3399 };

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "0.0.0.0", () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let port = PORTS.first; port <= PORTS.last; port += 1) if (await isFree(port)) return port;
  throw new Error(`No free port in ${PORTS.first}–${PORTS.last}.`);
}

export interface BenchServer {
  baseUrl: string;
  statementFile: string;
  stop(): Promise<void>;
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health within 90 s:\n${log()}`);
}

export async function startServer(env: { databaseUrl: string; authSecret: string }): Promise<BenchServer> {
  const port = await freePort();
  const statementFile = path.resolve("tests", ".tmp", `bench-statements-${process.pid}.txt`);
  fs.rmSync(statementFile, { force: true });
  const preload = path.resolve("scripts", "bench", "count-statements.cjs");
  const child = spawn("node_modules/.bin/next", ["start", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: env.authSecret,
      AUTH_TRUST_HOST: "true",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
      BENCH_STATEMENT_FILE: statementFile,
    },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
    fs.rmSync(statementFile, { force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, statementFile, stop };
}

export interface StatementTally {
  statements: number;
  /** How often the most repeated statement ran, its bound parameters and its start. */
  repeats: number;
  parameters: number;
  sample: string;
  /** CPU time the server processes have used so far (user + system). */
  cpuMs: number;
}

/** Statements prepared by the server since the last call (summed over its processes). */
export async function takeStatements(file: string): Promise<StatementTally | null> {
  if (!fs.existsSync(file)) return null;
  const ports = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => Number(line.split(" ")[1]));
  const tallies = await Promise.all(
    ports.map(async (port) => {
      try {
        return (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as StatementTally;
      } catch {
        return null;
      }
    }),
  );
  const present = tallies.filter((t): t is StatementTally => t !== null);
  if (present.length === 0) return null;
  const top = present.reduce((a, b) => (b.repeats > a.repeats ? b : a));
  return { ...top, statements: present.reduce((s, t) => s + t.statements, 0), cpuMs: present.reduce((s, t) => s + t.cpuMs, 0) };
}

// Two app servers on two ports against ONE database, started at the same moment against an empty
// database (one migrates and seeds, the other waits): they must behave as one. The database is
// TWO_SERVERS_DATABASE_URL (scripts/test.sh creates a fresh PostgreSQL database) or a fresh SQLite file.
// Needs a current production build (`npm run build`), as `npm start` would otherwise build it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const root = path.resolve(__dirname, "..", "..");

function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

// Worker processes load this file again: they inherit the ports and the database the main process chose.
if (!process.env.TWO_SERVERS_PORTS) {
  process.env.TWO_SERVERS_PORTS = `${freePort()},${freePort()}`;
  if (!process.env.TWO_SERVERS_DATABASE_URL) {
    const file = path.join(root, "tests", ".tmp", "two-servers.db");
    for (const suffix of ["", "-wal", "-shm", "-journal", ".start-lock"]) fs.rmSync(file + suffix, { force: true });
    process.env.TWO_SERVERS_DATABASE_URL = `file:${file}`;
  }
}
const ports = process.env.TWO_SERVERS_PORTS.split(",").map(Number);
const databaseUrl = process.env.TWO_SERVERS_DATABASE_URL ?? "";
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results", "two-servers"),
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"] },
  },
  webServer: ports.map((port) => ({
    command: "node_modules/.bin/tsx scripts/start.ts",
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: { PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production" },
  })),
});

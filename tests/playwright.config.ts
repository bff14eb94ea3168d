// End-to-end tests in a real Chromium against a production build served by `npm start`'s script
// on a fresh database file and a free port, or on E2E_DATABASE_URL (a fresh PostgreSQL database that
// scripts/test.sh creates) when set.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { e2eDatabaseFile as dbFile, e2eDatabaseUrl as databaseUrl } from "./e2e/support/database";

const root = path.resolve(__dirname, "..");

function choosePort(): number {
  // Worker processes inherit the port the main process chose.
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  const port = Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
  process.env.E2E_PORT = String(port);
  return port;
}

const port = choosePort();
const resetDatabase = process.env.E2E_DATABASE_URL ? "" : `rm -f "${dbFile}" "${dbFile}-wal" "${dbFile}-shm" && `;
// Debian's Chromium where present (CI, these machines); elsewhere Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "./e2e",
  outputDir: path.join(root, "test-results"),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [
    // With the axe walk of every page as every role (axe-pages.spec.ts: twelve long tests, one per role
    // and language, that only read; `npm run test:axe` runs it alone).
    { name: "main", testIgnore: /(last-admin|warnings|assessment-process)\.spec\.ts/ },
    // Opens 2020Q4 and lifts 上思县's red card, which moves every dashboard on: after the main project.
    { name: "warnings", testMatch: /warnings\.spec\.ts/, dependencies: ["main"] },
    // Publishes the demo's 2020 assessment: after the specs that read it as seeded.
    { name: "assessment-process", testMatch: /assessment-process\.spec\.ts/, dependencies: ["warnings"] },
    // Deactivates the demo admin for a moment: runs alone, after everything else.
    { name: "last-admin", testMatch: /last-admin\.spec\.ts/, dependencies: ["assessment-process"] },
  ],
  webServer: {
    command: `${resetDatabase}node_modules/.bin/tsx scripts/start.ts`,
    cwd: root,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The tests trigger scheduled jobs themselves (npm run jobs:run), so the server's timer stays off.
    env: { PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production", JOBS_IN_APP: "off" },
  },
});

// `npm start`: check configuration, migrate, load demo data into an empty database (or, for a real
// installation — INSTALL_MODE=production or `--no-demo` — one administrator whose random password is
// printed once), build when the sources changed, then serve. `--dev` serves with `next dev` instead; `--prepare-only` stops before serving.
import { spawn } from "node:child_process";
import { createDbClient, optimizeDatabase } from "@/lib/db-client";
import { seedDemo } from "@/prisma/seed/demo";
import { createInstallation } from "@/prisma/seed/installation";
import { ensureBuild } from "./start/build";
import { buildWorkers } from "./start/build-workers";
import { nextArgs, readConfig } from "./start/config";
import { ensureAuthSecret } from "./start/secret";
import { migrate } from "./start/migrate";
import { withFileLock, withStartupLock } from "./start/startup-lock";

/** Migrates, seeds an empty database and reads the signing secret, holding the start-up lock. */
async function prepare() {
  const config = readConfig();
  return withStartupLock(config.databaseUrl, () => prepareDatabase(config));
}

async function prepareDatabase(config: ReturnType<typeof readConfig>) {
  migrate(config.databaseUrl);
  const db = createDbClient(config.databaseUrl);
  try {
    if ((await db.region.count()) === 0 && config.installMode === "production") {
      const admin = await db.$transaction((tx) => createInstallation(tx));
      printOnce(admin);
    } else if ((await db.region.count()) === 0) {
      console.log("Empty database: loading demo data…");
      const result = await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
      console.log(`Demo data loaded: ${result.targets} targets, ${result.figures} figures.`);
    }
    await optimizeDatabase(db);
    const secret = config.authSecret ?? (await ensureAuthSecret(db));
    return { ...config, authSecret: secret };
  } finally {
    await db.$disconnect();
  }
}

/** The administrator's first password: shown here only, never stored in clear or logged again. */
function printOnce(admin: { username: string; password: string }) {
  console.log(
    [
      "",
      "Real installation: no demo data. One system administrator was created:",
      `  username: ${admin.username}`,
      `  password: ${admin.password}`,
      "This password is shown only now. Sign in with it and choose a new one (the system asks at once).",
      "",
    ].join("\n"),
  );
}

async function main() {
  const mode = process.argv.includes("--dev") ? "dev" : "start";
  const config = await prepare();
  if (process.argv.includes("--prepare-only")) return;
  // Two servers started from one checkout must not build into .next at the same time.
  if (mode === "start") await withFileLock(".next-build.lock", async () => ensureBuild(), console.log, "Another server is building; waiting for it…");
  else buildWorkers();
  const next = spawn("node_modules/.bin/next", nextArgs(mode, config), {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: config.databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: config.authSecret,
      // Behind an intranet proxy or on a LAN address the Host header names the site.
      AUTH_TRUST_HOST: process.env.NEXTAUTH_URL ? process.env.AUTH_TRUST_HOST : "true",
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
  console.log(`Serving on http://${config.host ?? "localhost"}:${config.port}${config.host ? "" : " (every interface)"}`);
}

main().catch((error: unknown) => {
  console.error(`\nCannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

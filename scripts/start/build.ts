// Builds the production bundle when the sources differ from the ones the last build was made from.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { WORKER_ENTRIES, workerFile } from "@/lib/workers/worker-files";
import { buildWorkers } from "./build-workers";

const SOURCE_DIRS = ["app", "components", "lib", "public", "types"];
const SOURCE_FILES = ["package-lock.json", "next.config.js", "postcss.config.mjs", "proxy.ts", "tsconfig.json", "prisma/schema.prisma"];
const STAMP = path.join(".next", "source-hash");

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap(listFiles), ...SOURCE_FILES.filter((f) => fs.existsSync(f))].sort();
  for (const file of files) hash.update(file).update("\0").update(fs.readFileSync(file));
  return hash.digest("hex");
}

/** Builds (the app and its workers) unless the last build was made from exactly these sources (`force` builds anyway). */
export function ensureBuild({ force = false } = {}) {
  const hash = sourceHash();
  const hasWorkers = (Object.keys(WORKER_ENTRIES) as (keyof typeof WORKER_ENTRIES)[]).every((name) => fs.existsSync(workerFile(name)));
  const isCurrent = fs.existsSync(path.join(".next", "BUILD_ID")) && hasWorkers && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash;
  if (isCurrent && !force) return;
  console.log("Building the production bundle (about a minute)…");
  execFileSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  // After `next build`, which empties .next: the worker threads' own bundles.
  buildWorkers();
  fs.writeFileSync(STAMP, hash);
}

// `npm run db:seed`: fills an empty database with the demo data set.
// `npm run db:seed -- --scale province [--reset]`: applies the migrations and fills the database with
// the synthetic province used by `npm run bench` (--reset deletes the database file first).
import fs from "node:fs";
import { createDbClient } from "@/lib/db-client";
import { sqliteUrl } from "@/lib/db-url";
import { migrate } from "@/scripts/start/migrate";
import { seedDemo } from "./seed/demo";
import { seedProvince } from "./seed/province";

type Scale = "demo" | "province";

function parseArgs(argv: readonly string[]): { scale: Scale; reset: boolean } {
  const index = argv.indexOf("--scale");
  const inline = argv.find((a) => a.startsWith("--scale="))?.slice("--scale=".length);
  const scale = inline ?? (index >= 0 ? argv[index + 1] : "demo");
  if (scale !== "demo" && scale !== "province") throw new Error(`--scale must be "demo" or "province" (got "${scale ?? ""}").`);
  const reset = argv.includes("--reset");
  if (reset && scale !== "province") throw new Error("--reset is only available with --scale province.");
  return { scale, reset };
}

/** The file behind a "file:" URL, relative to the working directory as Prisma resolves it. */
function databaseFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

async function seedDemoScale() {
  const db = createDbClient();
  try {
    if ((await db.region.count()) > 0) {
      console.log("The database already has data; nothing seeded.");
      return;
    }
    const started = Date.now();
    const result = await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
    console.log(`Demo data loaded: ${result.targets} targets, ${result.figures} figures (${Date.now() - started} ms).`);
  } finally {
    await db.$disconnect();
  }
}

export async function seedProvinceScale({ reset }: { reset: boolean }) {
  const url = sqliteUrl();
  const file = databaseFile(url);
  if (reset) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const started = Date.now();
  migrate(url);
  console.log(`Province data set → ${file}`);
  console.log(`  ${"migrate".padEnd(22)} ${String(Date.now() - started).padStart(6)} ms`);
  const db = createDbClient(url);
  try {
    const regions = await db.region.count();
    if (regions > 0) {
      throw new Error(`${file} already has data (${regions} regions). Point DATABASE_URL at a new file, or add --reset to delete this one and start afresh.`);
    }
    const r = await seedProvince(db);
    console.log(
      `Province loaded: ${r.regions} regions, ${r.indicators} indicators, ${r.targets} targets, ${r.figures} figures, ${r.evaluations} evaluations (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.scale === "province") await seedProvinceScale(args);
  else await seedDemoScale();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

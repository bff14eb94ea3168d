// `npm run db:seed`: fills an empty database with the demo data set.
// `npm run db:seed -- --scale province [--reset]`: applies the migrations and fills the database with
// the synthetic province used by `npm run bench` (--reset empties the database first), on SQLite or PostgreSQL.
import { createDbClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/db-url";
import { seedDemo } from "./seed/demo";
import { loadProvince } from "./seed/province/load";

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

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.scale === "province") await loadProvince(databaseUrl(), { reset: args.reset });
  else await seedDemoScale();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

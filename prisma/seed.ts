// `npm run db:seed`: fills an empty database with the demo data set.
import { createDbClient } from "@/lib/db-client";
import { seedDemo } from "./seed/demo";

async function main() {
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

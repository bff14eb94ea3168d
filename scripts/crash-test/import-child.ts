// The child of `npm run test:crash`: imports one CSV file of figures as the demo's department user
// (dept-scj) into the database named by DATABASE_URL, saying "importing" when the write starts and
// printing the result and the import's time when it ends. Usage: import-child.ts FILE.csv
import fs from "node:fs";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: import-child.ts FILE.csv");
  const { db } = await import("@/lib/db");
  const { loadSessionUser } = await import("@/lib/data/session-users");
  const { importFigures } = await import("@/lib/data/figure-import");
  const { readTable } = await import("@/lib/files/read-table");
  const { parseImportRows } = await import("@/lib/domain/figure-import/parse-rows");
  const row = await db.user.findUniqueOrThrow({ where: { username: "dept-scj" }, select: { id: true } });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error("dept-scj missing");
  const table = await readTable("crash.csv", new Uint8Array(fs.readFileSync(file)));
  if (!table.ok) throw new Error(table.reason);
  const parsed = parseImportRows(table.rows);
  if (parsed.issues.length > 0) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  console.log("importing");
  const started = Date.now();
  const result = await importFigures(user, { period: { year: 2020, quarter: 3 }, fileName: "crash.csv", rows: parsed.rows, skipped: parsed.skipped });
  console.log(JSON.stringify({ ok: result.ok, ms: Date.now() - started, ...(result.ok ? result.data : { code: result.code, reason: result.reason }) }));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

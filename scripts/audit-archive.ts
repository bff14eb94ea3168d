// `npm run -s audit:archive -- --before 2026-01-01 [--dir backups/audit]`: moves the audit rows
// written before that day (Beijing time) to an archive file, if the day is at least the retention
// period (180 days, or the longer `audit.retention_days` setting) ago. Prints the file and its
// SHA-256, which the operator keeps apart from the database; `npm run -s audit:verify` then walks
// the rows that stay from the archive's last digest.
import { parseArgs } from "node:util";
import { archiveAuditTrail } from "@/lib/data/audit-archive";
import { createDbClient } from "@/lib/db-client";

async function main() {
  const { values } = parseArgs({ options: { before: { type: "string" }, dir: { type: "string", default: "backups/audit" } } });
  const before = values.before && /^\d{4}-\d{2}-\d{2}$/.test(values.before) ? new Date(`${values.before}T00:00:00+08:00`) : null;
  if (!before || Number.isNaN(before.getTime())) {
    console.error("Usage: npm run -s audit:archive -- --before YYYY-MM-DD [--dir backups/audit]");
    process.exit(2);
  }
  const db = createDbClient();
  try {
    const outcome = await archiveAuditTrail(db, { before, dir: values.dir });
    if (outcome.ok) {
      console.log(`Archived ${outcome.rows} audit rows (through #${outcome.throughId}) to ${outcome.file}\nSHA-256 ${outcome.sha256}`);
    } else if (outcome.reason === "tooRecent") {
      console.error(`Refused: rows younger than the retention period stay. The latest allowed day is ${outcome.earliestCutoff.toISOString().slice(0, 10)}.`);
      process.exitCode = 1;
    } else {
      console.log("Nothing to archive: no chained audit row was written before that day.");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});

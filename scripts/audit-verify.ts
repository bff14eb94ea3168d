// `npm run -s audit:verify`: walks the audit trail's hash chain and names the first row that was
// changed, inserted or removed; exit status 1 when the chain is broken. Read-only; safe while the app runs.
import { createDbClient } from "@/lib/db-client";
import { verifyAuditTrail } from "@/lib/data/audit-verify";
import type { ChainBreak } from "@/lib/domain/audit-chain";

function describe(problem: ChainBreak): string {
  switch (problem.kind) {
    case "changed":
      return `audit row #${problem.id} was changed: it no longer matches its digest or the row after it.`;
    case "inserted":
      return `audit row #${problem.id} was inserted: it does not follow the row before it in the chain.`;
    case "removed":
      if (problem.beforeId === null) return `audit rows after #${problem.afterId ?? 0} were removed: the chain's recorded head is not the last row.`;
      return `audit rows were removed between #${problem.afterId ?? 0} and #${problem.beforeId}: row #${problem.beforeId} follows a row that is missing.`;
    case "legacyChanged":
      return `an audit row written before the chain began (before #${problem.firstChainedId}) was changed or removed.`;
  }
}

async function main() {
  const db = createDbClient();
  try {
    const report = await verifyAuditTrail(db);
    if (report.ok) {
      console.log(`Audit trail intact: ${report.rows} rows (${report.chained} chained, ${report.algorithm ?? "no chain yet"}); head ${report.head || "—"}.`);
      return;
    }
    console.error(`Audit trail BROKEN: ${describe(report.problem)} (${report.rows} rows read, ${report.algorithm ?? "no chain"}).`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});

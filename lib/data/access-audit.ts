// Reading that 等保 level 3 wants on the record (GB/T 22239-2019 §8.1.4.3 a): a download of figures
// or reports, and a look at the audit trail itself. One row each, with what was asked for.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "./audit";

/** A file the user downloaded from an export route: the route, its path parameters and its parsed query. */
export async function recordExport(user: SessionUser, route: string, request: { params: unknown; query: unknown }) {
  await recordAudit(db, user, { action: "export.download", entityType: "Export", entityId: route, after: request, regionPath: user.scopePath });
}

/** A page of the audit trail the user looked at, with its filter. */
export async function recordAuditView(user: SessionUser, filter: unknown) {
  await recordAudit(db, user, { action: "audit.view", entityType: "AuditTrail", entityId: "list", after: filter, regionPath: user.scopePath });
}

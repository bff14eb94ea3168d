// Append-only audit trail. Writes happen inside the same transaction as the change they record,
// so a change is never saved without its audit event (and vice versa).
import type { DbWriter } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Path of the region the event concerns; decides which offices see it (null: administrators only). */
  regionPath?: string | null;
}

export async function recordAudit(db: DbWriter, user: Pick<SessionUser, "id" | "name" | "username"> | null, input: AuditInput) {
  await db.auditEvent.create({
    data: {
      userId: user?.id ?? null,
      actor: user ? `${user.name} (${user.username})` : "system",
      action: input.action,
      entityType: input.entityType,
      entityId: String(input.entityId),
      regionPath: input.regionPath ?? null,
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    },
  });
}

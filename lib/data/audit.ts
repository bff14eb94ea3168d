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

type AuditUser = Pick<SessionUser, "id" | "name" | "username"> | null;

function auditRow(user: AuditUser, input: AuditInput) {
  return {
    userId: user?.id ?? null,
    actor: user ? `${user.name} (${user.username})` : "system",
    action: input.action,
    entityType: input.entityType,
    entityId: String(input.entityId),
    regionPath: input.regionPath ?? null,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
  };
}

export async function recordAudit(db: DbWriter, user: AuditUser, input: AuditInput) {
  await db.auditEvent.create({ data: auditRow(user, input) });
}

/** Many events at once (a bulk import), in chunks the database accepts. */
export async function recordAudits(db: DbWriter, user: AuditUser, inputs: readonly AuditInput[]) {
  for (let i = 0; i < inputs.length; i += 1000) {
    await db.auditEvent.createMany({ data: inputs.slice(i, i + 1000).map((input) => auditRow(user, input)) });
  }
}

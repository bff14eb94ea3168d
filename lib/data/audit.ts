// Append-only audit trail. Writes happen inside the same transaction as the change they record,
// so a change is never saved without its audit event (and vice versa).
import { Prisma } from "@/generated/prisma/client";
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

/**
 * Many events at once (a bulk import). One multi-row INSERT per 500 events: Prisma's createMany
 * through the WebAssembly engine costs about ten times as much per row.
 */
export async function recordAudits(db: DbWriter, user: AuditUser, inputs: readonly AuditInput[]) {
  const at = new Date();
  for (let i = 0; i < inputs.length; i += 500) {
    const values = inputs.slice(i, i + 500).map((input) => {
      const r = auditRow(user, input);
      return Prisma.sql`(${at}, ${r.userId}, ${r.actor}, ${r.action}, ${r.entityType}, ${r.entityId}, ${r.regionPath}, ${r.before}, ${r.after})`;
    });
    await db.$executeRaw`INSERT INTO "audit_events" ("at", "user_id", "actor", "action", "entity_type", "entity_id", "region_path", "before", "after")
      VALUES ${Prisma.join(values)}`;
  }
}

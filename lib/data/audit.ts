// Append-only audit trail. Writes happen inside the same transaction as the change they record,
// so a change is never saved without its audit event (and vice versa); each row is chained to the
// one before it (lib/data/audit-chain.ts).
import type { DbWriter } from "@/lib/db-client";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditRows } from "./audit-chain";

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /** Path of the region the event concerns; decides which offices see it (null: administrators only). */
  regionPath?: string | null;
  /** Who acted when no signed-in user did (e.g. the username a failed sign-in gave); else "system". */
  actor?: string;
}

type AuditUser = Pick<SessionUser, "id" | "name" | "username"> | null;

/**
 * The most a row's `before` or `after` may hold (UTF-8 bytes). Rows can never be deleted, so a
 * larger value is cut: what is kept is valid JSON `{truncated, bytes, start}` naming the full size.
 * 8 KB keeps a figure note of the longest allowed length (2,000 characters) whole.
 */
export const MAX_AUDIT_FIELD_BYTES = 8192;

const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");

function cutToBytes(text: string, limit: number): string {
  return Buffer.from(text, "utf8").subarray(0, limit).toString("utf8").replace(/\uFFFD$/, "");
}

function boundedJson(value: unknown): string | null {
  if (value === undefined) return null;
  const json = JSON.stringify(value) ?? null;
  if (json === null || utf8Bytes(json) <= MAX_AUDIT_FIELD_BYTES) return json;
  const size = utf8Bytes(json);
  // Escaping can lengthen the kept start (quotes, control characters): shrink until it fits.
  for (let keep = MAX_AUDIT_FIELD_BYTES - 100; ; keep = Math.floor(keep * 0.8)) {
    const marked = JSON.stringify({ truncated: true, bytes: size, start: cutToBytes(json, keep) });
    if (utf8Bytes(marked) <= MAX_AUDIT_FIELD_BYTES) return marked;
  }
}

function auditRow(user: AuditUser, input: AuditInput) {
  return {
    userId: user?.id ?? null,
    actor: user ? `${user.name} (${user.username})` : (input.actor ?? "system").slice(0, 100),
    action: input.action,
    entityType: input.entityType,
    entityId: String(input.entityId),
    regionPath: input.regionPath ?? null,
    before: boundedJson(input.before),
    after: boundedJson(input.after),
  };
}

export async function recordAudit(db: DbWriter, user: AuditUser, input: AuditInput) {
  await appendAuditRows(db, [auditRow(user, input)]);
}

/** Many events at once (a bulk import), chained in order. */
export async function recordAudits(db: DbWriter, user: AuditUser, inputs: readonly AuditInput[]) {
  await appendAuditRows(db, inputs.map((input) => auditRow(user, input)));
}

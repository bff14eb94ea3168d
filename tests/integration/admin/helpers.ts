// Shared helpers for the admin integration tests (run against the seeded test database).
import { expect } from "vitest";
import { loadSessionUser } from "@/lib/data/session-users";
import { db } from "@/lib/db";
import { issueCodes, type Result } from "@/lib/result";

export async function userNamed(username: string) {
  const row = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const user = await loadSessionUser(row.id);
  if (!user) throw new Error(`user ${username} missing or inactive`);
  return user;
}

export async function regionId(code: string) {
  return (await db.region.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export async function departmentId(code: string) {
  return (await db.department.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

export function expectFailure<T>(result: Result<T>, code: string, fieldErrors?: Record<string, string[]>) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  if (fieldErrors) expect(issueCodes(result.fieldErrors ?? {})).toEqual(expect.objectContaining(fieldErrors));
}

export async function lastAudit(entityType: string, entityId: number | string) {
  return db.auditEvent.findFirst({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "desc" } });
}

/** A short unique suffix, so repeated runs against one database never collide. */
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

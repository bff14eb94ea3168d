// Who is concerned by an event about a region: the offices whose scope holds it, the users of a
// department whose scope holds it, and the leadership above it. Inactive users are never told.
import "server-only";
import type { DbWriter } from "@/lib/db-client";

type Role = "OFFICE" | "DEPARTMENT" | "LEADERSHIP";

async function usersOver(db: DbWriter, roles: readonly Role[], regionPath: string, departmentId?: number) {
  const users = await db.user.findMany({
    where: { active: true, role: { in: [...roles] }, ...(departmentId !== undefined && { departmentId }) },
    select: { id: true, scopeRegion: { select: { path: true } } },
  });
  return users.filter((u) => regionPath.startsWith(u.scopeRegion.path)).map((u) => u.id);
}

export const officesOver = (db: DbWriter, regionPath: string) => usersOver(db, ["OFFICE"], regionPath);

export const departmentUsersOver = (db: DbWriter, departmentId: number, regionPath: string) => usersOver(db, ["DEPARTMENT"], regionPath, departmentId);

/** A target's people: the offices and leadership over its region and its lead department's users there. */
export async function concernedWithTarget(db: DbWriter, regionPath: string, leadDepartmentId: number | null) {
  const [over, department] = await Promise.all([
    usersOver(db, ["OFFICE", "LEADERSHIP"], regionPath),
    leadDepartmentId === null ? [] : departmentUsersOver(db, leadDepartmentId, regionPath),
  ]);
  return [...over, ...department];
}

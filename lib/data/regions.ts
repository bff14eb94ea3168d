// Regions in the user's scope.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { regionInScope } from "./scope";

/** The region with this division code, or null when it does not exist or is out of scope (callers answer 404). */
export async function findRegionInScope(user: SessionUser, code: string) {
  return db.region.findFirst({
    where: { code, ...regionInScope(user) },
    select: { id: true, code: true, name: true, nameEn: true, level: true, path: true, parentId: true },
  });
}

/** The direct children of a region in scope, ordered for display. */
export async function listChildRegions(user: SessionUser, parentId: number) {
  return db.region.findMany({
    where: { parentId, active: true, ...regionInScope(user) },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, nameEn: true, level: true },
  });
}

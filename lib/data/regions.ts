// Regions in the user's scope.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { regionInScope } from "./scope";

/** Names of the regions with these division codes, whatever the caller's scope: the sign-in page
 * names the demo accounts' regions before anyone is signed in. */
export async function listRegionNames(codes: readonly string[]) {
  const rows = await db.region.findMany({ where: { code: { in: [...codes] } }, select: { code: true, name: true, nameEn: true } });
  return new Map(rows.map((r) => [r.code, r]));
}

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

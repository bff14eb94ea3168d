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

export interface RegionChoice {
  code: string;
  name: string;
  nameEn: string | null;
  depth: number;
}

/**
 * The regions a list can be narrowed to, without listing the whole installation: the user's scope
 * region and its children, and around the selected region its ancestors (in scope) and children.
 * In tree order; depth counts from the scope region.
 */
export async function listRegionChoices(user: SessionUser, selected: { path: string } | null): Promise<RegionChoice[]> {
  const scopeDepth = user.scopePath.split("/").filter(Boolean).length;
  const ancestors = selected ? pathPrefixes(selected.path).filter((p) => p.startsWith(user.scopePath)) : [];
  const parents = [...new Set([user.scopePath, ...ancestors])];
  const rows = await db.region.findMany({
    where: { active: true, ...regionInScope(user), OR: [{ path: { in: parents } }, { parent: { path: { in: parents } } }] },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, name: true, nameEn: true, path: true },
  });
  // Tree order: each region right after its parent.
  const byParent = new Map<string, typeof rows>();
  for (const r of rows) {
    const parent = r.path.slice(0, r.path.slice(0, -1).lastIndexOf("/") + 1);
    byParent.set(parent, [...(byParent.get(parent) ?? []), r]);
  }
  const ordered: RegionChoice[] = [];
  const visit = (r: (typeof rows)[number]) => {
    ordered.push({ code: r.code, name: r.name, nameEn: r.nameEn, depth: r.path.split("/").filter(Boolean).length - scopeDepth });
    for (const child of byParent.get(r.path) ?? []) visit(child);
  };
  rows.filter((r) => r.path === user.scopePath).forEach(visit);
  return ordered;
}

/** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"]. */
function pathPrefixes(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}/`);
}

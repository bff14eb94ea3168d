// Writes a region tree under the national root, computing each region's materialised path.
import type { DbWriter as DbClient } from "@/lib/db-client";
import type { SeedRegion } from "./types";

export type CodeMap = Map<string, number>;

/** The id a seed code stands for; a code the seed data does not define is an error in that data. */
export function lookup(map: CodeMap, code: string, what: string): number {
  const id = map.get(code);
  if (id === undefined) throw new Error(`Seed data refers to unknown ${what} "${code}"`);
  return id;
}

export const NATION_CODE = "000000";

/** Creates the national root (once) and the given regions, parents before children. */
export async function createRegionTree(db: DbClient, regions: readonly SeedRegion[]): Promise<CodeMap> {
  const root = await db.region.upsert({
    where: { code: NATION_CODE },
    update: {},
    create: { code: NATION_CODE, name: "全国", nameEn: "China", level: "NATION", path: `/${NATION_CODE}/` },
    select: { id: true, path: true },
  });
  const ids: CodeMap = new Map([[NATION_CODE, root.id]]);
  const paths = new Map([[NATION_CODE, root.path]]);
  const pending = [...regions];
  while (pending.length > 0) {
    const index = pending.findIndex((r) => paths.has(r.parentCode ?? NATION_CODE));
    if (index < 0) throw new Error(`Regions with unknown parents: ${pending.map((r) => r.code).join(", ")}`);
    const [region] = pending.splice(index, 1);
    if (!region) break;
    const parentCode = region.parentCode ?? NATION_CODE;
    const regionPath = `${paths.get(parentCode)}${region.code}/`;
    const row = await db.region.create({
      data: {
        code: region.code,
        name: region.name,
        nameEn: region.nameEn,
        level: region.level,
        parentId: ids.get(parentCode),
        path: regionPath,
        sortOrder: Number(region.code),
      },
      select: { id: true },
    });
    ids.set(region.code, row.id);
    paths.set(region.code, regionPath);
  }
  return ids;
}

// Recomputes the cached evaluation of targets (official and provisional) from their figures.
// Called after seeding, and by every write that changes figures, targets or periods.
// It takes the client as an argument so that scripts and transactions can use it too.
import type { DbWriter } from "@/lib/db-client";
import { DEFAULT_SETTINGS, type DomainSettings } from "@/lib/domain";
import { evaluationColumns, topmostPaths } from "./as-of";
import { currentPeriodIndex } from "./current-period";
import { figureRowSelect, type FigureRow } from "../figure-fields";
import { SeriesBook } from "./series";
import { targetSpecSelect } from "./spec";

type TargetFilter = { ids?: number[]; indicatorIds?: number[]; regionIds?: number[] };

const targetSelect = {
  ...targetSpecSelect,
  id: true,
  indicatorId: true,
  regionId: true,
  region: { select: { path: true } },
} as const;

export async function recomputeEvaluations(
  db: DbWriter,
  filter: TargetFilter = {},
  settings: DomainSettings = DEFAULT_SETTINGS,
): Promise<number> {
  const targets = await db.target.findMany({
    where: {
      archivedAt: null,
      ...(filter.ids && { id: { in: filter.ids } }),
      ...(filter.indicatorIds && { indicatorId: { in: filter.indicatorIds } }),
      ...(filter.regionIds && { regionId: { in: filter.regionIds } }),
    },
    select: targetSelect,
  });
  if (targets.length === 0) return 0;

  const asOf = await currentPeriodIndex(db);
  const prefixes = topmostPaths(targets.map((t) => t.region.path));
  const regions = await db.region.findMany({
    where: { OR: prefixes.map((p) => ({ path: { startsWith: p } })) },
    select: { id: true, parentId: true },
  });
  const indicatorIds = [...new Set(targets.map((t) => t.indicatorId))];
  const figures: (FigureRow & { status: string })[] = await db.figure.findMany({
    where: {
      indicatorId: { in: indicatorIds },
      status: { in: ["APPROVED", "SUBMITTED"] },
      ...(regions.length < 5000 && { regionId: { in: regions.map((r) => r.id) } }),
    },
    select: { ...figureRowSelect, status: true },
  });
  const kinds = new Map(targets.map((t) => [t.indicatorId, t.indicator.kind]));
  const books = {
    official: new SeriesBook(figures.filter((f) => f.status === "APPROVED"), regions, kinds),
    provisional: new SeriesBook(figures, regions, kinds),
  };
  const computedAt = new Date();
  const rows = targets.flatMap((t) =>
    (["official", "provisional"] as const).map((mode) => ({
      targetId: t.id,
      provisional: mode === "provisional",
      ...evaluationColumns(t, books[mode], asOf, settings),
      computedAt,
    })),
  );

  // SQLite allows 999 bound parameters per statement: keep id lists and row batches below that.
  const ids = targets.map((t) => t.id);
  for (let i = 0; i < ids.length; i += 900) {
    await db.targetEvaluation.deleteMany({ where: { targetId: { in: ids.slice(i, i + 900) } } });
  }
  for (let i = 0; i < rows.length; i += 45) {
    await db.targetEvaluation.createMany({ data: rows.slice(i, i + 45) });
  }
  return targets.length;
}

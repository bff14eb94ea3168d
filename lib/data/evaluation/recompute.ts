// Recomputes the cached evaluation of targets (official and provisional) from their figures, then
// syncs the red and yellow cards of the targets' regions with the new official statuses.
// Called after seeding, and by every write that changes figures, targets or periods.
// It takes the client as an argument so that scripts and transactions can use it too.
import type { DbWriter } from "@/lib/db-client";
import { DEFAULT_SETTINGS, type DomainSettings } from "@/lib/domain";
import { idChunks, inSubtrees, loadByIdChunks, subtreesWhere } from "../id-lists";
import { evaluationColumns, topmostPaths } from "./as-of";
import { currentPeriodIndex } from "./current-period";
import { figureRowSelect, type FigureRow } from "../figure-fields";
import { SeriesBook } from "./series";
import { syncRuleCards } from "../warnings/sync";
import { targetSpecSelect } from "./spec";

/** `cards: false` leaves the cards alone (a caller recomputing in slices syncs them once at the end). */
type TargetFilter = { ids?: number[]; indicatorIds?: number[]; cards?: boolean };

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
  // A long list of ids (a plan's targets) is split; indicators are few and go along whole.
  const where = (ids?: number[]) => ({ archivedAt: null, ...(ids && { id: { in: ids } }), ...(filter.indicatorIds && { indicatorId: { in: filter.indicatorIds } }) });
  const targets = filter.ids
    ? await loadByIdChunks(filter.ids, (ids) => db.target.findMany({ where: where(ids), select: targetSelect }))
    : await db.target.findMany({ where: where(), select: targetSelect });
  if (targets.length === 0) return 0;

  const asOf = await currentPeriodIndex(db);
  const prefixes = topmostPaths(targets.map((t) => t.region.path));
  const regions = await db.region.findMany({
    where: subtreesWhere(prefixes),
    select: { id: true, parentId: true },
  });
  const indicatorIds = [...new Set(targets.map((t) => t.indicatorId))];
  const figures: (FigureRow & { status: string })[] = await db.figure.findMany({
    where: {
      indicatorId: { in: indicatorIds },
      status: { in: ["APPROVED", "SUBMITTED"] },
      ...inSubtrees(prefixes),
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
  for (const ids of idChunks(targets.map((t) => t.id))) {
    await db.targetEvaluation.deleteMany({ where: { targetId: { in: ids } } });
  }
  for (let i = 0; i < rows.length; i += 45) {
    await db.targetEvaluation.createMany({ data: rows.slice(i, i + 45) });
  }
  if (filter.cards !== false) await syncRuleCards(db, [...new Set(targets.map((t) => t.regionId))]);
  return targets.length;
}

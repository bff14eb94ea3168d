// `db:seed -- --scale province`: writes the synthetic province into an empty, migrated database
// in one transaction (a failed run leaves the database empty), then computes the evaluations once.
import { databaseKindOfClient, optimizeDatabase, type DbClient, type DbWriter } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { recomputeEvaluations } from "@/lib/data/evaluation/recompute";
import { syncRuleCards } from "@/lib/data/warnings/sync";
import { markDemoLoaded } from "../demo-accounts";
import { buildProvince } from "./dataset";
import { PROVINCE_SCALE, type ProvinceParams } from "./params";
import { writeFigures, writeMasterData, writePeriods, writePlanAndTargets, writeUsers } from "./write";

/** Prisma's bind-parameter limit for SQLite is 999; stay below it. */
const MAX_BOUND_IDS = 990;

export interface ProvinceSeedResult {
  regions: number;
  indicators: number;
  targets: number;
  figures: number;
  evaluations: number;
  timings: Record<string, number>;
}

/**
 * recomputeEvaluations(db) for every target, run over a few indicators at a time: one call over
 * all 10,000 targets fails, because its deleteMany binds every target id and SQLite (as Prisma
 * counts it) takes at most 999 parameters (P2029). Indicators are independent in the roll-up, so
 * the result is the same. The red and yellow cards are synced once at the end.
 */
export async function recomputeInSlices(db: DbWriter, regionCount: number): Promise<number> {
  const indicatorIds = (await db.indicator.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((i) => i.id);
  const perCall = Math.max(1, Math.floor(MAX_BOUND_IDS / regionCount));
  let evaluated = 0;
  for (let i = 0; i < indicatorIds.length; i += perCall) {
    evaluated += await recomputeEvaluations(db, { indicatorIds: indicatorIds.slice(i, i + perCall), cards: false });
  }
  // The cards need every indicator's statuses: synced once, after the last slice.
  await syncRuleCards(db);
  return evaluated;
}

export async function seedProvince(db: DbClient, params: ProvinceParams = PROVINCE_SCALE, log: (line: string) => void = console.log): Promise<ProvinceSeedResult> {
  const timings: Record<string, number> = {};
  const started = Date.now();
  let last = started;
  const lap = (step: string) => {
    const now = Date.now();
    timings[step] = now - last;
    log(`  ${step.padEnd(22)} ${String(now - last).padStart(6)} ms`);
    last = now;
  };

  // Readers (the app server) keep working while a writer commits; the mode is stored in the file.
  if (databaseKindOfClient(db) === "sqlite") await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  const data = buildProvince(params);
  lap("generate (in memory)");

  const result = await db.$transaction(
    async (tx) => {
      const ids = await writeMasterData(tx, data);
      lap("regions, indicators");
      const written = await writePlanAndTargets(tx, data, ids);
      lap("plan, targets");
      const users = await writeUsers(tx, data, ids);
      await writePeriods(tx, data);
      lap("users, periods");
      const figures = await writeFigures(tx, data, ids, users);
      lap("figures");
      const evaluated = await recomputeInSlices(tx, data.regions.length);
      lap("recomputeEvaluations");
      await markDemoLoaded(tx);
      await recordAudit(tx, null, { action: "seed.province", entityType: "Database", entityId: "province", after: { params, targets: written.targets, figures } });
      return { targets: written.targets, figures, evaluations: evaluated * 2 };
    },
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
  lap("commit");
  await optimizeDatabase(db);
  lap("optimize");
  timings.total = Date.now() - started;
  return { regions: data.regions.length, indicators: data.indicators.length, ...result, timings };
}

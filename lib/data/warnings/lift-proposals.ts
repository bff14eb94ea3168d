// Proposes lifting (销号) the open cards whose condition is met — their targets back on track for
// the set number of quarters and every rectification task done — and takes the proposal back from
// a card whose condition no longer holds. The office confirms a proposal (cards.ts).
import type { DbWriter } from "@/lib/db-client";
import { liftBlockers, type CardSettings } from "@/lib/domain/warnings";
import type { TargetStatus } from "@/lib/domain";
import type { AuditInput } from "../audit";
import { evaluateTargetsAsOf } from "../evaluation/as-of";
import { parseCodes } from "./codes";

type RegionRow = { id: number; path: string };

export async function proposeLiftings(
  db: DbWriter,
  regions: readonly RegionRow[],
  settings: CardSettings,
  asOf: number,
): Promise<{ proposed: number; reopened: number; audits: AuditInput[] }> {
  const cards = await db.warningCard.findMany({
    where: { regionId: { in: regions.map((r) => r.id) }, status: { in: ["OPEN", "LIFT_PROPOSED"] } },
    select: { id: true, regionId: true, status: true, indicatorCodes: true, tasks: { select: { status: true } } },
  });
  const audits: AuditInput[] = [];
  const paths = new Map(regions.map((r) => [r.id, r.path]));
  // Only a card whose tasks are all done can be proposed: the targets are looked at for those alone.
  const candidates = cards.filter((c) => c.tasks.length > 0 && c.tasks.every((t) => t.status === "DONE"));
  const statuses = await recentStatuses(db, candidates, settings.liftQuarters, asOf);
  let proposed = 0;
  let reopened = 0;
  const now = new Date();
  for (const card of cards) {
    const isMet = liftBlockers({ statuses: statuses.get(card.id) ?? [], tasks: card.tasks, liftQuarters: settings.liftQuarters }).length === 0;
    if (isMet === (card.status === "LIFT_PROPOSED")) continue;
    const status = isMet ? ("LIFT_PROPOSED" as const) : ("OPEN" as const);
    await db.warningCard.update({ where: { id: card.id }, data: { status, liftProposedAt: isMet ? now : null, version: { increment: 1 } } });
    audits.push({ action: isMet ? "warning.liftPropose" : "warning.liftWithdrawProposal", entityType: "WarningCard", entityId: card.id, before: { status: card.status }, after: { status }, regionPath: paths.get(card.regionId) ?? null });
    if (isMet) proposed += 1;
    else reopened += 1;
  }
  return { proposed, reopened, audits };
}

/** Per card: for each of its targets, the official statuses of the last `quarters` quarters, latest first. */
async function recentStatuses(
  db: DbWriter,
  cards: readonly { id: number; regionId: number; indicatorCodes: string }[],
  quarters: number,
  asOf: number,
): Promise<Map<number, TargetStatus[][]>> {
  const wanted = cards.map((c) => ({ card: c, codes: parseCodes(c.indicatorCodes) })).filter((c) => c.codes.length > 0);
  const result = new Map<number, TargetStatus[][]>();
  if (wanted.length === 0) return result;
  const targets = await db.target.findMany({
    where: {
      archivedAt: null,
      plan: { archivedAt: null },
      OR: wanted.map((w) => ({ regionId: w.card.regionId, indicator: { code: { in: w.codes } } })),
    },
    select: { id: true, regionId: true, indicator: { select: { code: true } } },
  });
  const ids = targets.map((t) => t.id);
  const byQuarter: Map<number, { status: TargetStatus }>[] = [];
  for (let k = 0; k < Math.max(1, quarters); k += 1) byQuarter.push(await evaluateTargetsAsOf(db, ids, asOf - k, { provisional: false }));
  for (const { card, codes } of wanted) {
    const own = targets.filter((t) => t.regionId === card.regionId && codes.includes(t.indicator.code));
    // A card about an indicator the region has no target for any more cannot be judged by it: not recovered.
    result.set(card.id, own.length === 0 ? [[]] : own.map((t) => byQuarter.map((m) => m.get(t.id)?.status ?? "NO_DATA")));
  }
  return result;
}

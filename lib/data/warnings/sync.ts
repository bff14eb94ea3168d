// Issues and updates rule cards (红黄牌) from the cached official evaluations, and proposes lifting
// cards whose condition is met. Runs after every recomputation of evaluations (recompute.ts) and
// after a rectification task is done. Idempotent: a condition has at most one open card, so running
// it twice changes nothing. Batched: a few statements per 500 regions, whatever their number.
import { Prisma } from "@/generated/prisma/client";
import type { DbWriter } from "@/lib/db-client";
import { formatPeriodIndex, type TargetStatus } from "@/lib/domain";
import { worstStatus } from "@/lib/domain/target-summaries";
import { nextCardStep, RATE_CONDITION, rateCardFor, vetoCardFor, vetoCondition, type CardSettings } from "@/lib/domain/warnings";
import { recordAudits, type AuditInput } from "../audit";
import { currentPeriodIndex } from "../evaluation/current-period";
import { loadByIdChunks } from "../id-lists";
import { parseCodes } from "./codes";
import { proposeLiftings } from "./lift-proposals";
import { loadCardSettings } from "./settings";

const OPEN_STATUSES = ["OPEN", "LIFT_PROPOSED"] as const;

export interface SyncOutcome {
  issued: number;
  updated: number;
  proposed: number;
  reopened: number;
}

/** Syncs the cards of these regions (all regions when omitted). */
export async function syncRuleCards(db: DbWriter, regionIds?: readonly number[]): Promise<SyncOutcome> {
  const settings = await loadCardSettings(db);
  const asOf = await currentPeriodIndex(db);
  const regions = regionIds
    ? await loadByIdChunks(regionIds, (ids) => db.region.findMany({ where: { id: { in: ids } }, select: { id: true, path: true } }))
    : await db.region.findMany({ select: { id: true, path: true } });
  const outcome: SyncOutcome = { issued: 0, updated: 0, proposed: 0, reopened: 0 };
  const audits: AuditInput[] = [];
  for (let i = 0; i < regions.length; i += 500) {
    const chunk = regions.slice(i, i + 500);
    await syncRateCards(db, chunk, settings, formatPeriodIndex(asOf), outcome, audits);
    await syncVetoCards(db, chunk, settings, outcome, audits);
    const lifted = await proposeLiftings(db, chunk, settings, asOf);
    outcome.proposed += lifted.proposed;
    outcome.reopened += lifted.reopened;
    audits.push(...lifted.audits);
  }
  await recordAudits(db, null, audits);
  return outcome;
}

type RegionRow = { id: number; path: string };

async function syncRateCards(db: DbWriter, regions: readonly RegionRow[], settings: CardSettings, asOfPeriod: string, outcome: SyncOutcome, audits: AuditInput[]) {
  const ids = regions.map((r) => r.id);
  const [evaluations, openCards] = await Promise.all([
    loadRateStatuses(db, ids),
    db.warningCard.findMany({
      where: { regionId: { in: ids }, conditionKey: RATE_CONDITION, status: { in: [...OPEN_STATUSES] } },
      select: { id: true, regionId: true, color: true, reasonCode: true, indicatorCodes: true, version: true },
    }),
  ]);
  // Several plans may set a target for the same indicator: the indicator counts once, at its worst.
  const statuses = new Map<number, Map<string, TargetStatus[]>>();
  for (const e of evaluations) {
    const byIndicator = statuses.get(e.regionId) ?? new Map<string, TargetStatus[]>();
    byIndicator.set(e.code, [...(byIndicator.get(e.code) ?? []), e.status]);
    statuses.set(e.regionId, byIndicator);
  }
  const openByRegion = new Map(openCards.map((c) => [c.regionId, c]));
  const toIssue: { region: RegionRow; color: "RED" | "YELLOW"; reasonCode: string; indicatorCodes: string[] }[] = [];
  for (const region of regions) {
    const targets = [...(statuses.get(region.id) ?? new Map<string, TargetStatus[]>())].map(([indicatorCode, list]) => ({ kind: "RATE" as const, indicatorCode, status: worstStatus(list) }));
    const open = openByRegion.get(region.id);
    const step = nextCardStep(open ? { color: open.color, reason: open.reasonCode, indicatorCodes: parseCodes(open.indicatorCodes) } : null, rateCardFor(targets, settings));
    if (step.kind === "ISSUE") toIssue.push({ region, color: step.card.color, reasonCode: step.card.reason, indicatorCodes: step.card.indicatorCodes });
    if (step.kind === "UPDATE" && open) {
      const after = { color: step.card.color, reasonCode: step.card.reason, indicatorCodes: JSON.stringify(step.card.indicatorCodes), asOfPeriod };
      await db.warningCard.update({ where: { id: open.id }, data: { ...after, version: { increment: 1 } } });
      audits.push({ action: "warning.update", entityType: "WarningCard", entityId: open.id, before: { color: open.color, reasonCode: open.reasonCode, indicatorCodes: parseCodes(open.indicatorCodes) }, after: { ...after, indicatorCodes: step.card.indicatorCodes }, regionPath: region.path });
      outcome.updated += 1;
    }
  }
  await issueCards(db, toIssue.map((c) => ({ ...c, conditionKey: RATE_CONDITION, asOfPeriod })), outcome, audits);
}

type RateStatusRow = { region_id: number | bigint; code: string; status: TargetStatus };

/**
 * The official statuses of these regions' pass-rate (RATE) targets in live plans. Plain SQL: the
 * ORM's nested relation filter took seconds on the province data set, this takes milliseconds.
 */
async function loadRateStatuses(db: DbWriter, regionIds: readonly number[]) {
  if (regionIds.length === 0) return [];
  const rows = await db.$queryRaw<RateStatusRow[]>`
    SELECT t."region_id", i."code", e."status" FROM "target_evaluations" e
    JOIN "targets" t ON t."id" = e."target_id"
    JOIN "indicators" i ON i."id" = t."indicator_id"
    JOIN "plans" p ON p."id" = t."plan_id"
    WHERE e."provisional" = false AND t."archived_at" IS NULL AND p."archived_at" IS NULL AND i."kind" = 'RATE'
      AND t."region_id" IN (${Prisma.join([...regionIds])})`;
  return rows.map((r) => ({ regionId: Number(r.region_id), code: r.code, status: r.status }));
}

async function syncVetoCards(db: DbWriter, regions: readonly RegionRow[], settings: CardSettings, outcome: SyncOutcome, audits: AuditInput[]) {
  if (!settings.redOnVeto) return;
  const ids = regions.map((r) => r.id);
  const results = await db.assessmentResult.findMany({
    where: { regionId: { in: ids }, NOT: { vetoes: "[]" } },
    select: { regionId: true, vetoes: true, scheme: { select: { year: true } } },
  });
  if (results.length === 0) return;
  // A veto event of a year earns one card, ever: once lifted or withdrawn it is not issued again.
  const existing = new Set(
    (await db.warningCard.findMany({ where: { regionId: { in: ids }, conditionKey: { startsWith: "VETO:" } }, select: { regionId: true, conditionKey: true } })).map((c) => `${c.regionId}|${c.conditionKey}`),
  );
  const byId = new Map(regions.map((r) => [r.id, r]));
  const toIssue = results.flatMap((r) => {
    const card = vetoCardFor(parseCodes(r.vetoes), settings);
    const conditionKey = vetoCondition(r.scheme.year);
    const region = byId.get(r.regionId);
    if (!card || !region || existing.has(`${r.regionId}|${conditionKey}`)) return [];
    existing.add(`${r.regionId}|${conditionKey}`);
    return [{ region, color: card.color, reasonCode: card.reason, indicatorCodes: [], conditionKey, asOfPeriod: String(r.scheme.year), reason: card.vetoCodes.join("、") }];
  });
  await issueCards(db, toIssue, outcome, audits);
}

type NewCard = { region: RegionRow; color: "RED" | "YELLOW"; reasonCode: string; indicatorCodes: string[]; conditionKey: string; asOfPeriod: string; reason?: string };

async function issueCards(db: DbWriter, cards: readonly NewCard[], outcome: SyncOutcome, audits: AuditInput[]) {
  for (let i = 0; i < cards.length; i += 45) {
    const slice = cards.slice(i, i + 45);
    const created = await db.warningCard.createManyAndReturn({
      data: slice.map((c) => ({
        regionId: c.region.id,
        color: c.color,
        source: "RULE" as const,
        reasonCode: c.reasonCode,
        reason: c.reason ?? "",
        indicatorCodes: JSON.stringify(c.indicatorCodes),
        conditionKey: c.conditionKey,
        asOfPeriod: c.asOfPeriod,
      })),
      select: { id: true, regionId: true, color: true, reasonCode: true, indicatorCodes: true, conditionKey: true, asOfPeriod: true },
    });
    const paths = new Map(slice.map((c) => [c.region.id, c.region.path]));
    for (const card of created) {
      audits.push({ action: "warning.issue", entityType: "WarningCard", entityId: card.id, after: { ...card, indicatorCodes: parseCodes(card.indicatorCodes), source: "RULE" }, regionPath: paths.get(card.regionId) ?? null });
    }
    outcome.issued += created.length;
  }
}

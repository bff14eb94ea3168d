// The assessment engine: scores every region of a batch against one scheme. Decisions:
// - Item points are rounded to 2 decimals and summed exactly (in hundredths); the total is
//   base + min(bonus, bonus cap) − min(deductions, deduction cap), at least 0, rounded half up
//   to one decimal (rounding.ts). Grade and rank come from that printed total.
// - A veto forces the lowest grade; the total is still printed as computed.
// - Ranks are competition ranks by printed total (1, 2, 2, 4) among the regions of the batch,
//   vetoed regions after all others: a region graded D by veto does not outrank one graded C.
// - A rank rule ranks the batch's regions by the indicator's year figure, so pass every sibling
//   region, even when only one region's score is wanted.

import { gradeOf } from "./grade";
import { competitionRanks, rankFigures } from "./rank";
import type { ItemScore, RegionScore } from "./results";
import { hundredthsToTenths, toHundredths } from "./rounding";
import { scoreItem } from "./item";
import type { RuleContext } from "./rules";
import { schemeItems } from "./references";
import type { AssessmentScheme, RegionInput } from "./types";

type RankTable = Map<string, { ranks: Map<string, number>; of: number }>;

function rankTables(scheme: AssessmentScheme, regions: readonly RegionInput[]): RankTable {
  const tables: RankTable = new Map();
  for (const { rule } of schemeItems(scheme)) {
    if (rule.kind !== "rank" || tables.has(rule.indicatorCode)) continue;
    const code = rule.indicatorCode;
    const direction = regions.find((r) => r.indicators[code])?.indicators[code]?.direction ?? "HIGHER_IS_BETTER";
    const figures = regions.map((r) => ({ regionCode: r.regionCode, value: r.indicators[code]?.yearValue ?? null }));
    tables.set(code, rankFigures(figures, direction));
  }
  return tables;
}

const sumHundredths = (items: readonly ItemScore[]) => items.reduce((sum, item) => sum + toHundredths(item.points), 0);

interface Unranked {
  score: Omit<RegionScore, "rank" | "of">;
  tenths: number;
  vetoed: boolean;
}

function scoreRegion(scheme: AssessmentScheme, region: RegionInput, tables: RankTable): Unranked {
  const ctx: RuleContext = {
    region,
    rankOf: (code) => {
      const table = tables.get(code);
      return { rank: table?.ranks.get(region.regionCode) ?? null, of: table?.of ?? 0 };
    },
  };
  const main = scheme.groups.flatMap((group) => group.items.map((item) => scoreItem(item, "MAIN", group.code, ctx)));
  const bonusItems = scheme.bonus.items.map((item) => scoreItem(item, "BONUS", null, ctx));
  const deductionItems = scheme.deductions.items.map((item) => scoreItem(item, "DEDUCTION", null, ctx));

  const base = sumHundredths(main);
  const bonusEarned = sumHundredths(bonusItems);
  const bonusCounted = Math.min(bonusEarned, toHundredths(scheme.bonus.cap));
  const incurred = sumHundredths(deductionItems);
  const deducted = Math.min(incurred, toHundredths(scheme.deductions.cap));
  const tenths = hundredthsToTenths(Math.max(0, base + bonusCounted - deducted));
  const total = tenths / 10;

  const vetoCodes = new Set(scheme.vetoes.map((v) => v.code));
  const vetoes = [...new Set(region.vetoes)].filter((code) => vetoCodes.has(code));
  const items = [...main, ...bonusItems, ...deductionItems];

  return {
    tenths,
    vetoed: vetoes.length > 0,
    score: {
      regionCode: region.regionCode,
      items,
      groups: scheme.groups.map((group) => ({
        code: group.code,
        points: sumHundredths(main.filter((item) => item.groupCode === group.code)) / 100,
        max: group.points,
      })),
      base: base / 100,
      bonus: { earned: bonusEarned / 100, counted: bonusCounted / 100, cap: scheme.bonus.cap },
      deductions: { incurred: incurred / 100, counted: deducted / 100, cap: scheme.deductions.cap },
      vetoes,
      total,
      grade: gradeOf(total, scheme.grades, vetoes.length > 0),
      hasIssues: items.some((item) => item.issues.length > 0),
    },
  };
}

/** Scores the regions of one batch (normally the assessed siblings), in input order. */
export function scoreAssessment(scheme: AssessmentScheme, regions: readonly RegionInput[]): RegionScore[] {
  const tables = rankTables(scheme, regions);
  const scored = regions.map((region) => scoreRegion(scheme, region, tables));
  const ranks = competitionRanks(scored, (a, b) => Number(a.vetoed) - Number(b.vetoed) || b.tenths - a.tenths);
  return scored.map((s, i) => ({ ...s.score, rank: ranks[i] as number, of: scored.length }));
}

// GET /api/v1/regions/CODE/scorecard[?provisional=1]: score, rank among siblings, cards, status counts.
import { getRegionScorecard } from "@/lib/data/dashboard/region";
import { handle } from "@/lib/http";
import { scorecardRoute } from "./schema";

export const GET = handle(scorecardRoute, async ({ user, params, query, json, error }) => {
  const result = await getRegionScorecard(user, params.code, query);
  if (!result) return error("NOT_FOUND", "api.errors.regionNotFound");
  const { region, score } = result;
  return json({
    region: { code: region.code, name: region.name },
    score: score.score,
    rank: score.rank,
    of: score.of,
    cards: score.card ? [score.card] : [],
    counts: score.counts,
  });
});

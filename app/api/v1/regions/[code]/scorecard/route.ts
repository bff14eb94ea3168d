// GET /api/v1/regions/CODE/scorecard[?provisional=1]: score, rank among siblings, cards, status counts.
import { NextResponse } from "next/server";
import { z } from "zod";
import { getRequestUser } from "@/lib/auth/request-user";
import { getRegionScorecard } from "@/lib/data/dashboard/region";
import { invalid, notFound, parseQuery, unauthorized } from "@/lib/http";
import { provisionalParam, regionCodeParam } from "@/lib/validations/dashboard";

const querySchema = z.object({ provisional: provisionalParam });

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const query = parseQuery(querySchema, request.url);
  if (!query.ok) return query.response;
  const code = z.object({ code: regionCodeParam }).safeParse(await params);
  if (!code.success) return invalid(code.error);
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  const result = await getRegionScorecard(user, code.data.code, query.data);
  if (!result) return notFound("region");
  const { region, score } = result;
  return NextResponse.json({
    region: { code: region.code, name: region.name },
    score: score.score,
    rank: score.rank,
    of: score.of,
    cards: score.card ? [score.card] : [],
    counts: score.counts,
  });
}

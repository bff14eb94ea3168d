// GET /api/v1/targets?region=CODE[&provisional=1]: the region's targets with their evaluation.
import { NextResponse } from "next/server";
import { z } from "zod";
import { targetJson } from "@/lib/api/target-json";
import { getRequestUser } from "@/lib/auth/request-user";
import { listRegionTargets } from "@/lib/data/dashboard/region";
import { notFound, parseQuery, unauthorized } from "@/lib/http";
import { provisionalParam, regionCodeParam } from "@/lib/validations/dashboard";

const querySchema = z.object({ region: regionCodeParam, provisional: provisionalParam });

export async function GET(request: Request) {
  const query = parseQuery(querySchema, request.url);
  if (!query.ok) return query.response;
  const user = await getRequestUser(request);
  if (!user) return unauthorized();
  const rows = await listRegionTargets(user, query.data.region, { provisional: query.data.provisional });
  if (!rows) return notFound("region");
  return NextResponse.json(rows.map(targetJson));
}

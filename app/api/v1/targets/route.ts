// GET /api/v1/targets?region=CODE[&provisional=1]: the region's targets with their evaluation.
import { targetJson } from "@/lib/api/target-json";
import { listRegionTargets } from "@/lib/data/dashboard/region";
import { handle } from "@/lib/http";
import { targetsRoute } from "./schema";

export const GET = handle(targetsRoute, async ({ user, query, json, error }) => {
  const rows = await listRegionTargets(user, query.region, { provisional: query.provisional });
  if (!rows) return error("NOT_FOUND", "api.errors.regionNotFound");
  return json(rows.map(targetJson));
});

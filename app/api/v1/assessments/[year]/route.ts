// GET /api/v1/assessments/YEAR?region=CODE: scheme, published or not, and each assessed region's
// total, grade, rank, veto, 一级 item points and cards, for a session or an API token.
import { getAssessmentForApi } from "@/lib/data/assessment/api-view";
import { handle } from "@/lib/http";
import { assessmentYearRoute } from "./schema";

export const GET = handle(assessmentYearRoute, async ({ user, params, query, json, error }) => {
  const result = await getAssessmentForApi(user, params.year, query.region);
  if (!result.ok) return result.code === "FORBIDDEN" ? error("FORBIDDEN", "api.errors.FORBIDDEN") : error("NOT_FOUND", "api.errors.NOT_FOUND");
  return json(result.data);
});

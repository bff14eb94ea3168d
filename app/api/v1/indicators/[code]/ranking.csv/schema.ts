// GET /api/v1/indicators/CODE/ranking.csv?period=2020Q2[&region=…][&provisional=1]: the ranking table.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { periodParam, provisionalParam, regionCodeParam } from "@/lib/validations/dashboard";

export const rankingExportRoute = defineRoute({
  method: "GET",
  path: "/api/v1/indicators/{code}/ranking.csv",
  doc: "api.routes.rankingExport",
  auth: "user",
  params: z.object({ code: z.string().min(1).max(64) }),
  query: z.object({ period: periodParam, provisional: provisionalParam, region: regionCodeParam.optional() }),
  response: { contentType: "text/csv; charset=utf-8" },
  audit: "export",
  errors: ["NOT_FOUND"],
});

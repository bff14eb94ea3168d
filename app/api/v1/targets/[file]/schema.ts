// GET /api/v1/targets/export.{csv,xlsx}?<the targets list's filters>: the filtered targets table.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { targetFilterSchema } from "@/lib/validations/targets";

export const TARGET_EXPORTS = ["export.csv", "export.xlsx"] as const;

export const targetsExportRoute = defineRoute({
  method: "GET",
  path: "/api/v1/targets/{file}",
  doc: "api.routes.targetsExport",
  auth: "user",
  params: z.object({ file: z.enum(TARGET_EXPORTS) }),
  // The list page's own filters: a filter that cannot be used is ignored, as on the page.
  query: targetFilterSchema,
  response: { contentType: "text/csv; charset=utf-8, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  audit: "export",
  errors: ["NOT_FOUND"],
});

// GET /api/v1/figure-imports/template?period=2020Q3[&department=id]: the XLSX template to fill in.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { figureSheetFields } from "@/lib/validations/api";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const templateRoute = defineRoute({
  method: "GET",
  path: "/api/v1/figure-imports/template",
  doc: "api.routes.template",
  auth: "user",
  permission: { capability: "figure.enter", message: "entry.errors.cannotEnter" },
  query: z.object(figureSheetFields),
  response: { contentType: XLSX_TYPE },
  audit: "export",
  errors: ["FORBIDDEN", "NOT_FOUND"],
});

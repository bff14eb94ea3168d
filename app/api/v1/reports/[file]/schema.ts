// GET /api/v1/reports/summary.{pdf,xlsx,docx,json}?region=CODE&period=2020|2020Q4[&sections=a,b][&lang=zh-CN|en]:
// the leadership summary report of a region in scope.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { targetStatusSchema } from "@/lib/validations/api";
import { reportQuerySchema } from "@/lib/validations/reports";

export const REPORT_FILES = ["summary.pdf", "summary.xlsx", "summary.docx", "summary.json"] as const;

const counts = z.record(targetStatusSchema, z.number().int());

export const reportsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/reports/{file}",
  doc: "api.routes.reports",
  auth: "user",
  permission: { capability: "report.export", message: "api.errors.cannotExportReports" },
  params: z.object({ file: z.enum(REPORT_FILES) }),
  query: reportQuerySchema,
  response: {
    contentType: "application/json, application/pdf, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    // summary.json: the report's data; the other formats are the same report as a file.
    schema: z.object({
      region: z.object({ code: z.string(), name: z.string(), level: z.string() }),
      period: z.object({ label: z.string(), kind: z.enum(["YEAR", "QUARTER"]), asOf: z.string(), isPartial: z.boolean() }),
      generatedAt: z.string(),
      isDemo: z.boolean(),
      headline: z.object({
        own: z.object({ total: z.number().int(), counts, score: z.number().nullable(), rank: z.number().int().nullable(), of: z.number().int() }),
        all: z.object({ total: z.number().int(), counts, regions: z.number().int() }),
      }),
      targets: z.array(z.object({ id: z.number().int(), status: targetStatusSchema })),
      areas: z.array(z.object({ name: z.string(), counts })),
      subregions: z.array(z.object({ code: z.string(), name: z.string(), score: z.number().nullable(), rank: z.number().int().nullable() })),
    }),
  },
  audit: "export",
  errors: ["FORBIDDEN", "NOT_FOUND", "UNAVAILABLE"],
});

// GET /api/v1/assessments/YEAR?region=CODE: the year's assessment of the regions below CODE.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { assessmentYearParam, regionCodeParam } from "@/lib/validations/assessment-process";

export const assessmentYearRoute = defineRoute({
  method: "GET",
  path: "/api/v1/assessments/{year}",
  doc: "assessment.api.year",
  auth: "user",
  permission: { capability: "assessment.view" },
  params: z.object({ year: assessmentYearParam }),
  query: z.object({ region: regionCodeParam }),
  response: {
    schema: z.object({
      year: z.number().int(),
      scheme: z.object({ name: z.string(), total: z.number(), version: z.number().int(), locked: z.boolean() }),
      published: z.boolean(),
      publication: z.object({ version: z.number().int(), publishedAt: z.string(), appealDeadline: z.string() }).nullable(),
      regions: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          status: z.string().nullable(),
          score: z.number(),
          grade: z.string(),
          rank: z.number().int(),
          veto: z.boolean(),
          items: z.array(z.object({ code: z.string(), name: z.string(), points: z.number(), max: z.number() })),
          bonus: z.number(),
          deductions: z.number(),
          cards: z.array(z.object({ id: z.number().int(), color: z.enum(["RED", "YELLOW"]), status: z.string(), reasonCode: z.string(), reason: z.string(), issuedAt: z.string() })),
        }),
      ),
    }),
  },
  errors: ["FORBIDDEN", "NOT_FOUND"],
});

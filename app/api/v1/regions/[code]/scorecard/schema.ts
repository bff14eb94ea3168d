// GET /api/v1/regions/CODE/scorecard[?provisional=1]: score, rank among siblings, cards, status counts.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { TARGET_STATUSES } from "@/lib/validations/targets";
import { provisionalParam, regionCodeParam } from "@/lib/validations/dashboard";

export const scorecardRoute = defineRoute({
  method: "GET",
  path: "/api/v1/regions/{code}/scorecard",
  doc: "api.routes.scorecard",
  auth: "user",
  params: z.object({ code: regionCodeParam }),
  query: z.object({ provisional: provisionalParam }),
  response: {
    schema: z.object({
      region: z.object({ code: z.string(), name: z.string() }),
      score: z.number().nullable(),
      rank: z.number().int().nullable(),
      of: z.number().int(),
      cards: z.array(z.object({ color: z.enum(["RED", "YELLOW"]), reason: z.string(), indicatorCodes: z.array(z.string()) })),
      counts: z.object(Object.fromEntries(TARGET_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof TARGET_STATUSES)[number], z.ZodNumber>),
    }),
  },
  errors: ["NOT_FOUND"],
});

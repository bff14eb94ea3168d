// GET /api/v1/warnings?region=CODE[&status=open|closed|all]: the red and yellow cards of the region and the regions below it, with their rectification tasks.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { regionCodeParam } from "@/lib/validations/dashboard";

const date = z.string().describe("ISO 8601");

export const warningJsonSchema = z.object({
  id: z.number().int(),
  region: z.object({ code: z.string(), name: z.string() }),
  color: z.enum(["RED", "YELLOW"]),
  source: z.enum(["RULE", "MANUAL"]),
  reasonCode: z.string(),
  reason: z.string(),
  indicatorCodes: z.array(z.string()),
  asOfPeriod: z.string(),
  status: z.enum(["OPEN", "LIFT_PROPOSED", "LIFTED", "WITHDRAWN"]),
  issuedAt: date,
  liftProposedAt: date.nullable(),
  closedAt: date.nullable(),
  closeReason: z.string(),
  tasks: z.array(
    z.object({
      id: z.number().int(),
      department: z.string(),
      actions: z.string(),
      deadline: z.string().describe("YYYY-MM-DD"),
      status: z.enum(["OPEN", "DONE"]),
      doneAt: date.nullable(),
      overdue: z.boolean(),
    }),
  ),
});

export const warningsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/warnings",
  doc: "warnings.api",
  auth: "user",
  query: z.object({ region: regionCodeParam, status: z.enum(["open", "closed", "all"], { error: "badStatus" }).default("all") }),
  response: { schema: z.object({ region: z.object({ code: z.string(), name: z.string() }), cards: z.array(warningJsonSchema) }) },
  errors: ["NOT_FOUND"],
});

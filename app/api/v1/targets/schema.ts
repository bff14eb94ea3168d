// GET /api/v1/targets?region=CODE[&provisional=1]: the region's targets with their evaluation.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { targetJsonSchema } from "@/lib/validations/api";
import { provisionalParam, regionCodeParam } from "@/lib/validations/dashboard";

export const targetsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/targets",
  doc: "api.routes.targets",
  auth: "user",
  query: z.object({ region: regionCodeParam, provisional: provisionalParam }),
  response: { schema: z.array(targetJsonSchema) },
  errors: ["NOT_FOUND"],
});

// GET /api/v1/openapi.json: this API described as OpenAPI 3.1, generated from the routes' declarations.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";

export const openApiRoute = defineRoute({
  method: "GET",
  path: "/api/v1/openapi.json",
  doc: "api.routes.openapi",
  auth: "public",
  response: { schema: z.object({ openapi: z.literal("3.1.0"), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.record(z.string(), z.unknown())) }) },
  errors: [],
});

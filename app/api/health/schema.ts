// GET /api/health: whether the server and its database answer (for monitoring; no sign-in).
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";

export const healthRoute = defineRoute({
  method: "GET",
  path: "/api/health",
  doc: "api.routes.health",
  auth: "public",
  response: { schema: z.object({ status: z.literal("ok") }) },
  errors: ["UNAVAILABLE"],
});

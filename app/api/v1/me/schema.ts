// GET /api/v1/me: who the caller is — lets another system check its token.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { ROLES } from "@/lib/validations/enums";

export const meRoute = defineRoute({
  method: "GET",
  path: "/api/v1/me",
  doc: "api.routes.me",
  auth: "user",
  response: {
    schema: z.object({
      name: z.string(),
      role: z.enum(ROLES),
      scope: z.object({ code: z.string(), name: z.string() }),
      department: z.string().nullable(),
    }),
  },
  errors: [],
});

// PUT /api/v1/figures: saves one quarterly figure as a draft, or submits it with "submit": true.
import { z } from "zod";
import { recordRefusedWrite } from "@/lib/data/figures";
import { defineRoute } from "@/lib/http/spec";
import { figureJsonSchema, targetStatusSchema } from "@/lib/validations/api";
import { figurePutSchema, type FigurePut } from "@/lib/validations/figure";

export const figuresRoute = defineRoute({
  method: "PUT",
  path: "/api/v1/figures",
  doc: "api.routes.figures",
  auth: "user",
  permission: {
    capability: "figure.enter",
    message: "entry.errors.cannotEnter",
    // The body passed its schema before the permission is checked.
    onDenied: (user, body) => recordRefusedWrite(user, body as FigurePut, "cannotEnter"),
  },
  body: figurePutSchema,
  response: {
    schema: z.object({
      figure: figureJsonSchema,
      needsExplanation: z.array(z.enum(["OFF_TRACK", "JUMP"])),
      targetStatus: targetStatusSchema.nullable(),
    }),
  },
  errors: ["FORBIDDEN", "CONFLICT", "LOCKED"],
});

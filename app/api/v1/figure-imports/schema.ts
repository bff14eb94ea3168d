// POST /api/v1/figure-imports: a filled-in template (XLSX or CSV) for one quarter, all rows or none.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { figureSheetFields } from "@/lib/validations/api";

export const figureImportsRoute = defineRoute({
  method: "POST",
  path: "/api/v1/figure-imports",
  doc: "api.routes.figureImports",
  auth: "user",
  permission: { capability: "figure.enter", message: "entry.errors.cannotEnter" },
  bodyType: "multipart",
  body: z.object({ file: z.file(), ...figureSheetFields }),
  response: {
    schema: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      skipped: z.number().int(),
      encoding: z.string().optional(),
    }),
  },
  errors: ["FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "LOCKED"],
});

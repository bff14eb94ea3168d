// GET /api/v1/evidence/ID: one evidence file (见证材料), for a caller whose scope covers its region.
import { z } from "zod";
import { defineRoute } from "@/lib/http/spec";
import { MAX_ID } from "@/lib/validations/fields";

export const evidenceRoute = defineRoute({
  method: "GET",
  path: "/api/v1/evidence/{id}",
  doc: "assessment.api.evidence",
  auth: "user",
  params: z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().int().max(MAX_ID)) }),
  response: { contentType: "application/pdf, image/*, application/msword, application/vnd.ms-excel, application/vnd.openxmlformats-officedocument.*" },
  errors: ["NOT_FOUND"],
});

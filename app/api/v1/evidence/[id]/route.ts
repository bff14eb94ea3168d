// GET /api/v1/evidence/ID: downloads an evidence file; 404 when it is outside the caller's scope.
import { readEvidence } from "@/lib/data/evidence";
import { attachment } from "@/lib/export/csv";
import { handle } from "@/lib/http";
import { evidenceRoute } from "./schema";

export const GET = handle(evidenceRoute, async ({ user, params, error }) => {
  const file = await readEvidence(user, params.id);
  if (!file.ok) return error("NOT_FOUND", "assessment.evidence.notFound");
  return new Response(new Uint8Array(file.data.content), {
    headers: {
      "Content-Type": file.data.mimeType,
      "Content-Disposition": attachment(file.data.fileName, `evidence-${file.data.id}${file.data.fileName.match(/\.[A-Za-z0-9]{1,5}$/)?.[0] ?? ""}`),
      "X-Content-Type-Options": "nosniff",
    },
  });
});

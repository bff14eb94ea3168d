// GET /api/health: 200 {"status":"ok"} once the database answers, 503 with the reason otherwise.
import { checkDatabase } from "@/lib/data/health";
import { handle } from "@/lib/http";
import { healthRoute } from "./schema";

export const dynamic = "force-dynamic";

export const GET = handle(healthRoute, async ({ json, error }) => {
  const result = await checkDatabase();
  if (result.ok) return json({ status: "ok" });
  return error("UNAVAILABLE", "api.errors.databaseUnavailable", undefined, { reason: `database: ${result.reason}` });
});

// PUT /api/v1/figures: saves one quarterly figure (session or API token) as a draft, or submits it
// with "submit": true. 200 saved figure · 400 field errors · 401 · 403 out of scope (audited) ·
// 409 version conflict (with the stored figure) · 423 closed period or approved figure.
import { saveFigure, saveInputOf } from "@/lib/data/figures";
import { handle } from "@/lib/http";
import { figuresRoute } from "./schema";

export const dynamic = "force-dynamic";

export const PUT = handle(figuresRoute, async ({ user, body, json, fail }) => {
  const result = await saveFigure(user, saveInputOf(body));
  if (!result.ok) return fail(result);
  const { figure, indicatorCode, regionCode, reasons, targetStatus } = result.data;
  return json({ figure: { ...figure, indicator: indicatorCode, region: regionCode }, needsExplanation: reasons, targetStatus });
});

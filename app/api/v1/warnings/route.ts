// GET /api/v1/warnings?region=CODE[&status=open|closed|all]: the red and yellow cards of the region and the regions below it, with their rectification tasks.
import { listRegionCards } from "@/lib/data/warnings/list";
import { handle } from "@/lib/http";
import { warningsRoute } from "./schema";

export const GET = handle(warningsRoute, async ({ user, query, json, error }) => {
  const result = await listRegionCards(user, query.region, query.status);
  if (!result) return error("NOT_FOUND", "api.errors.regionNotFound");
  return json({
    region: { code: result.region.code, name: result.region.name },
    cards: result.cards.map((c) => ({
      id: c.id,
      region: { code: c.region.code, name: c.region.name },
      color: c.color,
      source: c.source,
      reasonCode: c.reasonCode,
      reason: c.reason,
      indicatorCodes: c.indicatorCodes,
      asOfPeriod: c.asOfPeriod,
      status: c.status,
      issuedAt: c.issuedAt.toISOString(),
      liftProposedAt: c.liftProposedAt?.toISOString() ?? null,
      closedAt: c.closedAt?.toISOString() ?? null,
      closeReason: c.closeReason,
      tasks: c.tasks.map((t) => ({
        id: t.id,
        department: t.department.name,
        actions: t.actions,
        deadline: t.deadline.toISOString().slice(0, 10),
        status: t.status,
        doneAt: t.doneAt?.toISOString() ?? null,
        overdue: t.isOverdue,
      })),
    })),
  });
});

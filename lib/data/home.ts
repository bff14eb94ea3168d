// The home page's summary of the user's scope: its region, sub-regions, plans and target counts.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { regionInScope } from "./scope";

export async function getScopeSummary(user: SessionUser) {
  const inScope = { archivedAt: null, region: regionInScope(user) };
  const [region, childCount, plans, targetCount, hasDemoFigures] = await Promise.all([
    db.region.findUniqueOrThrow({
      where: { id: user.scopeRegionId },
      select: { code: true, name: true, nameEn: true, level: true },
    }),
    db.region.count({ where: { parentId: user.scopeRegionId, active: true } }),
    db.plan.findMany({
      where: { archivedAt: null, targets: { some: inScope } },
      orderBy: { issueDate: "desc" },
      select: {
        id: true,
        title: true,
        docNumber: true,
        issuer: true,
        issueDate: true,
        deadline: true,
        isDemo: true,
        _count: { select: { targets: { where: inScope } } },
      },
    }),
    db.target.count({ where: inScope }),
    db.figure.count({ where: { isDemo: true, region: regionInScope(user) }, take: 1 }).then((n) => n > 0),
  ]);
  return {
    region,
    childCount,
    targetCount,
    hasDemoFigures,
    plans: plans.map(({ _count, ...plan }) => ({ ...plan, targetCount: _count.targets })),
  };
}

export type ScopeSummary = Awaited<ReturnType<typeof getScopeSummary>>;

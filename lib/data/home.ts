// The plans (policy documents) with targets in the user's scope, for the overview.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { regionInScope } from "./scope";

export async function listPlansInScope(user: SessionUser) {
  const inScope = { archivedAt: null, region: regionInScope(user) };
  const [plans, hasDemoFigures] = await Promise.all([
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
    db.figure.count({ where: { isDemo: true, region: regionInScope(user) }, take: 1 }).then((n) => n > 0),
  ]);
  return { hasDemoFigures, plans: plans.map(({ _count, ...plan }) => ({ ...plan, targetCount: _count.targets })) };
}

export type PlansInScope = Awaited<ReturnType<typeof listPlansInScope>>;

// The plans (policy documents) with targets in the user's scope, for the overview.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { regionInScope } from "./scope";
import { isDemoLoaded } from "./settings";

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
    hasDemoFiguresInScope(user),
  ]);
  return { hasDemoFigures, plans: plans.map(({ _count, ...plan }) => ({ ...plan, targetCount: _count.targets })) };
}

/** Whether demo figures are shown; without demo data loaded, no need to look through the figures. */
async function hasDemoFiguresInScope(user: SessionUser): Promise<boolean> {
  if (!(await isDemoLoaded())) return false;
  return (await db.figure.findFirst({ where: { isDemo: true, region: regionInScope(user) }, select: { id: true } })) !== null;
}

export type PlansInScope = Awaited<ReturnType<typeof listPlansInScope>>;

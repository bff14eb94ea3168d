// Notifications raised by a user's action, inside that action's transaction (so a rolled-back
// action tells nobody): a department's submission to its offices, a returned figure to its department.
import "server-only";
import type { DbWriter } from "@/lib/db-client";
import { formatPeriod } from "@/lib/domain";
import { departmentUsersOver, officesOver } from "./recipients";
import { notifyUsers } from "./store";

export async function notifyFiguresSubmitted(
  db: DbWriter,
  submission: { department: { id: number; name: string; nameEn: string | null }; year: number; quarter: number; regionPaths: readonly string[]; count: number },
) {
  if (submission.count === 0) return;
  const period = formatPeriod(submission);
  const offices = new Set<number>();
  for (const path of new Set(submission.regionPaths)) for (const id of await officesOver(db, path)) offices.add(id);
  const { department } = submission;
  await notifyUsers(db, [...offices], {
    kind: "FIGURE_SUBMITTED",
    params: { department: department.name, departmentEn: department.nameEn ?? department.name, period, count: submission.count },
    link: `/review?period=${period}&department=${department.id}`,
    // Every submission is its own event (a department may submit again after a return).
    dedupeKey: `FIGURE_SUBMITTED:${department.id}:${period}:${Date.now()}`,
  });
}

/** Tells the department of each returned figure, with the reviewer's comment. */
export async function notifyFiguresReturned(db: DbWriter, figureIds: readonly number[], comment: string) {
  const figures = await db.figure.findMany({
    where: { id: { in: [...figureIds] }, departmentId: { not: null } },
    select: {
      id: true,
      version: true,
      year: true,
      quarter: true,
      departmentId: true,
      indicator: { select: { name: true, nameEn: true } },
      region: { select: { name: true, nameEn: true, path: true } },
    },
  });
  for (const f of figures) {
    if (f.departmentId === null) continue;
    await notifyUsers(db, await departmentUsersOver(db, f.departmentId, f.region.path), {
      kind: "FIGURE_RETURNED",
      params: {
        indicator: f.indicator.name,
        indicatorEn: f.indicator.nameEn ?? f.indicator.name,
        region: f.region.name,
        regionEn: f.region.nameEn ?? f.region.name,
        period: formatPeriod(f),
        comment,
      },
      link: `/figures/${f.id}`,
      dedupeKey: `FIGURE_RETURNED:${f.id}:${f.version}`,
    });
  }
}

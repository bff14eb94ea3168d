// The scheduled notifications (run by the "reminders" job): for each open quarter, each department
// user is told once that it opened, once N days before the due date and once when it is overdue
// while figures are still owed; everyone concerned is told once per quarter that a target is off
// track. The dedupe keys make every run idempotent.
import "server-only";
import { db } from "@/lib/db";
import { formatPeriod } from "@/lib/domain";
import { deadlineReminder } from "@/lib/domain/notifications";
import { getDepartmentCompleteness } from "../completeness";
import { loadSessionUser } from "../session-users";
import { concernedWithTarget } from "./recipients";
import { loadNotificationSettings, notifyUsers } from "./store";

async function remindDepartments(now: Date, dueSoonDays: number) {
  const [periods, users] = await Promise.all([
    db.reportingPeriod.findMany({ where: { isOpen: true }, orderBy: [{ year: "asc" }, { quarter: "asc" }] }),
    db.user.findMany({ where: { active: true, role: "DEPARTMENT", departmentId: { not: null } }, select: { id: true } }),
  ]);
  let created = 0;
  for (const period of periods) {
    const label = formatPeriod(period);
    const due = period.dueDate.toISOString().slice(0, 10);
    const reminder = deadlineReminder(period.dueDate, now, dueSoonDays);
    for (const { id } of users) {
      const user = await loadSessionUser(id);
      if (!user?.departmentId) continue;
      const completeness = await getDepartmentCompleteness(user, period, { now });
      const own = completeness.departments.find((d) => d.departmentId === user.departmentId);
      if (!own || own.expected === 0) continue;
      const link = `/entry?period=${label}`;
      created += await notifyUsers(db, [id], { kind: "QUARTER_OPEN", params: { period: label, due }, link, dedupeKey: `QUARTER_OPEN:${label}` });
      const owed = own.expected - own.submitted;
      if (reminder && owed > 0) created += await notifyUsers(db, [id], { kind: reminder, params: { period: label, due, owed }, link, dedupeKey: `${reminder}:${label}` });
    }
  }
  return created;
}

async function reportOffTrack() {
  const rows = await db.targetEvaluation.findMany({
    where: { provisional: false, status: "OFF_TRACK", target: { archivedAt: null, plan: { archivedAt: null } } },
    select: {
      asOfYear: true,
      asOfQuarter: true,
      target: {
        select: {
          id: true,
          leadDepartmentId: true,
          indicator: { select: { code: true, name: true, nameEn: true } },
          region: { select: { code: true, name: true, nameEn: true, path: true } },
        },
      },
    },
  });
  let created = 0;
  for (const { asOfYear, asOfQuarter, target } of rows) {
    const period = formatPeriod({ year: asOfYear, quarter: asOfQuarter });
    created += await notifyUsers(db, await concernedWithTarget(db, target.region.path, target.leadDepartmentId), {
      kind: "OFF_TRACK",
      params: { indicator: target.indicator.name, indicatorEn: target.indicator.nameEn ?? target.indicator.name, region: target.region.name, regionEn: target.region.nameEn ?? target.region.name, period },
      link: `/indicators/${target.indicator.code}?region=${target.region.code}`,
      dedupeKey: `OFF_TRACK:${target.id}:${period}`,
    });
  }
  return created;
}

/** Raises every scheduled notification due at `now`; returns how many were new. */
export async function raiseScheduledNotifications(now: Date): Promise<number> {
  const settings = await loadNotificationSettings(db);
  return (await remindDepartments(now, settings.dueSoonDays)) + (await reportOffTrack());
}

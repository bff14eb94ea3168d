// The quarter dashboards are judged at: the latest open reporting period, else the latest
// reporting period, else the current calendar quarter (Beijing time).
import type { DbWriter } from "@/lib/db-client";
import { periodIndex, periodIndexOfDate, toQuarter } from "@/lib/domain";

export async function currentPeriodIndex(db: DbWriter, now = new Date()): Promise<number> {
  const period =
    (await db.reportingPeriod.findFirst({ where: { isOpen: true }, orderBy: [{ year: "desc" }, { quarter: "desc" }] })) ??
    (await db.reportingPeriod.findFirst({ orderBy: [{ year: "desc" }, { quarter: "desc" }] }));
  const quarter = period ? toQuarter(period.quarter) : null;
  return period && quarter ? periodIndex({ year: period.year, quarter }) : periodIndexOfDate(now, 480);
}

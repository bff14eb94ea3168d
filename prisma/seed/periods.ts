// Reporting periods covering the seeded figures; the demo's open quarter is the one being collected.
import type { DbWriter as DbClient } from "@/lib/db-client";
import { periodIndex, periodsBetween } from "@/lib/domain";
import { parseQuarter } from "./demo-series";
import type { SeedFigure } from "./types";

const DUE_DAYS_AFTER_QUARTER = 15;

export async function createReportingPeriods(
  db: DbClient,
  figures: readonly SeedFigure[],
  demo: { openPeriod: string; last: string },
) {
  const open = parseQuarter(demo.openPeriod);
  const last = parseQuarter(demo.last);
  const lastIndex = periodIndex(last);
  const first = figures.reduce((min, f) => Math.min(min, periodIndex(f)), lastIndex);
  const rows = periodsBetween(first, lastIndex).map(({ year, quarter }) => ({
    year,
    quarter,
    dueDate: new Date(Date.UTC(year, quarter * 3, DUE_DAYS_AFTER_QUARTER)),
    isOpen: year === open.year && quarter === open.quarter,
  }));
  await db.reportingPeriod.createMany({ data: rows });
}

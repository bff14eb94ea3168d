// Reporting periods covering the seeded figures; the demo's open quarter is the one being collected.
import type { DbWriter as DbClient } from "@/lib/db-client";
import type { SeedFigure } from "./types";

const DUE_DAYS_AFTER_QUARTER = 15;

function parse(period: string): { year: number; quarter: number } {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  if (!match) throw new Error(`Bad period "${period}"`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

export async function createReportingPeriods(
  db: DbClient,
  figures: readonly SeedFigure[],
  demo: { openPeriod: string; last: string },
) {
  const open = parse(demo.openPeriod);
  const last = parse(demo.last);
  const first = figures.reduce((min, f) => Math.min(min, f.year * 4 + f.quarter - 1), last.year * 4 + last.quarter - 1);
  const rows = [];
  for (let index = first; index <= last.year * 4 + last.quarter - 1; index++) {
    const year = Math.floor(index / 4);
    const quarter = (index % 4) + 1;
    rows.push({
      year,
      quarter,
      dueDate: new Date(Date.UTC(year, quarter * 3, DUE_DAYS_AFTER_QUARTER)),
      isOpen: year === open.year && quarter === open.quarter,
    });
  }
  await db.reportingPeriod.createMany({ data: rows });
}

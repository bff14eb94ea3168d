// What the /reports form offers: the regions in the user's scope and the periods with reporting data.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriodIndex, periodIndex, toQuarter } from "@/lib/domain";
import { currentPeriodIndex } from "../evaluation/current-period";
import { regionInScope } from "../scope";

export async function listReportOptions(user: SessionUser) {
  const [regions, first, current] = await Promise.all([
    db.region.findMany({
      where: { ...regionInScope(user), active: true },
      select: { code: true, name: true, nameEn: true, level: true, path: true },
      orderBy: [{ path: "asc" }],
    }),
    db.reportingPeriod.findFirst({ orderBy: [{ year: "asc" }, { quarter: "asc" }], select: { year: true, quarter: true } }),
    currentPeriodIndex(db),
  ]);
  const firstQuarter = first ? toQuarter(first.quarter) : null;
  const start = first && firstQuarter ? Math.min(periodIndex({ year: first.year, quarter: firstQuarter }), current) : current;
  const quarters: string[] = [];
  for (let i = current; i >= start; i -= 1) quarters.push(formatPeriodIndex(i));
  const years = [...new Set(quarters.map((q) => q.slice(0, 4)))];
  const depth = (path: string) => path.split("/").filter(Boolean).length;
  const top = depth(user.scopePath);
  return {
    regions: regions.map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn, level: r.level, depth: depth(r.path) - top })),
    quarters,
    years,
    current: formatPeriodIndex(current),
  };
}

export type ReportOptions = Awaited<ReturnType<typeof listReportOptions>>;

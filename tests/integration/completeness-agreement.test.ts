// The /completeness page, the overview's card and the summary report count the same completeness,
// for every demo reporting period, for the city's office and for an office scoped to one county.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDepartmentCompleteness } from "@/lib/data/completeness";
import { getCompletenessMatrix } from "@/lib/data/completeness-matrix";
import { getOverview } from "@/lib/data/dashboard/overview";
import { currentPeriodIndex } from "@/lib/data/evaluation/current-period";
import { getSummaryReport } from "@/lib/data/reports/summary";
import { loadSessionUser } from "@/lib/data/session-users";
import { db } from "@/lib/db";
import { dueDayEnd, formatPeriod, isOverdue, periodIndex, type Quarter } from "@/lib/domain";
import { userNamed } from "../support/users";

const users: { name: string; user: SessionUser }[] = [];

beforeAll(async () => {
  const county = await db.region.findUniqueOrThrow({ where: { code: "450681" } });
  const row = await db.user.create({ data: { username: "office-dx-completeness", name: "东兴市督查室", role: "OFFICE", scopeRegionId: county.id, passwordHash: "x" } });
  const scoped = await loadSessionUser(row.id);
  if (!scoped) throw new Error("scoped office user missing");
  users.push({ name: "office", user: await userNamed("office") }, { name: "office of 东兴市", user: scoped });
});

type Row = [departmentId: number, expected: number, submitted: number, approved: number, isOverdue: boolean];
const byDepartment = (rows: Row[]) => [...rows].sort((a, b) => a[0] - b[0]);

describe("completeness on the page, the overview and the report", () => {
  it("agrees per department, in the overdue flags and in the figures owed, for every demo period", async () => {
    const periods = await db.reportingPeriod.findMany({ orderBy: [{ year: "asc" }, { quarter: "asc" }] });
    const current = await currentPeriodIndex(db);
    expect(periods.length).toBeGreaterThan(4);
    let reports = 0;
    for (const { name, user } of users) {
      const scope = await db.region.findUniqueOrThrow({ where: { id: user.scopeRegionId }, select: { code: true } });
      for (const [n, p] of periods.entries()) {
        const quarter = { year: p.year, quarter: p.quarter as Quarter };
        // Alternately the last second of the due day and the first of the next (Beijing time).
        const now = new Date(dueDayEnd(p.dueDate).getTime() - (n % 2 === 0 ? 1000 : 0));
        const label = `${name} ${formatPeriod(quarter)}`;
        const [matrix, card] = await Promise.all([getCompletenessMatrix(user, quarter, now), getDepartmentCompleteness(user, quarter, { now })]);
        if (!matrix) throw new Error(`no matrix for ${label}`);
        const pageRows = byDepartment(matrix.rows.map((r) => [r.department.id, r.total.expected, r.total.submitted, r.total.approved, isOverdue(r.total, matrix.period.isPastDue)]));
        const cardRows = byDepartment(card.departments.map((d) => [d.departmentId, d.expected, d.submitted, d.approved, d.isOverdue]));
        expect(cardRows, label).toEqual(pageRows);
        expect(card.total, label).toEqual(matrix.total);
        expect(card.isPastDue, label).toBe(n % 2 === 1);
        expect(matrix.period.isPastDue, label).toBe(n % 2 === 1);
        const owed = matrix.rows.flatMap((r) => r.owed);
        expect(owed, label).toHaveLength(matrix.total.expected - matrix.total.submitted);

        if (periodIndex(quarter) > current) continue;
        const result = await getSummaryReport(user, scope.code, { kind: "QUARTER", ...quarter }, now);
        if (!result.ok) throw new Error(`no report for ${label}: ${result.code}`);
        reports += 1;
        const c = result.report.completeness;
        expect(byDepartment(c.departments.map((d) => [d.departmentId, d.expected, d.submitted, d.approved, d.isOverdue])), label).toEqual(pageRows);
        expect(c.total, label).toEqual(matrix.total);
        expect(c.isPastDue, label).toBe(matrix.period.isPastDue);
        expect(c.missing, label).toEqual(expect.arrayContaining(owed));
        expect(c.missing, label).toHaveLength(owed.length);
      }
    }
    expect(reports).toBeGreaterThan(0);
  }, 600_000);

  it("shows the current quarter's completeness on the overview as the card's function counts it", async () => {
    const current = await currentPeriodIndex(db);
    for (const { user } of users) {
      const overview = await getOverview(user, { provisional: false });
      expect(periodIndex(overview.period)).toBe(current);
      const card = await getDepartmentCompleteness(user, overview.period);
      expect(overview.completeness).toEqual(card);
    }
  });
});

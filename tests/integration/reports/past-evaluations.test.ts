// Reports on a past quarter read target evaluations from the past_evaluations table; a correction of
// a figure of that quarter (period reopened, figure reopened, re-entered, approved) makes the stored
// rows stale, and the next report shows the new value.
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateTargetsAsOf } from "@/lib/data/evaluation/as-of";
import { currentPeriodIndex } from "@/lib/data/evaluation/current-period";
import { recomputeEvaluations } from "@/lib/data/evaluation/recompute";
import { getSummaryReport } from "@/lib/data/reports/summary";
import { saveFigure } from "@/lib/data/figures";
import { updatePeriod } from "@/lib/data/periods";
import { approveFigures, reopenFigure } from "@/lib/data/review";
import { db } from "@/lib/db";
import { periodIndex } from "@/lib/domain";
import { createEntryFixture, type EntryFixture } from "@/tests/support/entry-fixture";
import { userNamed } from "@/tests/support/users";

const AS_OF = periodIndex({ year: 2020, quarter: 2 });
let fx: EntryFixture;

async function reportRow() {
  const result = await getSummaryReport(fx.users.office, fx.county1.code, { kind: "QUARTER", year: 2020, quarter: 2 });
  if (!result.ok) throw new Error(`no report: ${result.code}`);
  const row = result.report.targets.find((t) => t.id === fx.rateTargetId);
  if (!row) throw new Error("the fixture's target is not in its county's report");
  return row;
}

const storedRows = () => db.pastEvaluation.findMany({ where: { targetId: fx.rateTargetId, asOfYear: 2020, asOfQuarter: 2 } });

beforeAll(async () => {
  fx = await createEntryFixture(db, 16);
  await recomputeEvaluations(db, { ids: [fx.rateTargetId] });
});

describe("past-quarter evaluations", () => {
  it("are stored on the first report and served from the table while nothing changed", async () => {
    expect(await currentPeriodIndex(db)).toBeGreaterThan(AS_OF);
    const first = await reportRow();
    expect(first.latest).toEqual({ period: "2020Q2", value: 94 });
    const stored = await storedRows();
    const current = await db.targetEvaluation.findUniqueOrThrow({ where: { targetId_provisional: { targetId: fx.rateTargetId, provisional: false } } });
    expect(stored.find((r) => !r.provisional)).toMatchObject({ latestValue: 94, status: first.status, basis: current.computedAt });

    // A stored row is what the report shows: alter it behind the app's back and the report follows.
    await db.pastEvaluation.updateMany({ where: { targetId: fx.rateTargetId, provisional: false, asOfYear: 2020, asOfQuarter: 2 }, data: { latestValue: 93.5 } });
    expect((await reportRow()).latest).toEqual({ period: "2020Q2", value: 93.5 });
  });

  it("are recomputed after a figure of that quarter is corrected", async () => {
    const admin = await userNamed("admin");
    const figure = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.rate.id, regionId: fx.county1.id, year: 2020, quarter: 2 } });
    expect(await updatePeriod(admin, { year: 2020, quarter: 2, isOpen: true })).toMatchObject({ ok: true });
    try {
      // Opening the period is a period change: the tampered row above is stale, the figures count again.
      expect((await reportRow()).latest).toEqual({ period: "2020Q2", value: 94 });
      expect(await reopenFigure(fx.users.office, { id: figure.id, version: figure.version }, "上级抽查结果更正")).toMatchObject({ ok: true });
      const reopened = await db.figure.findUniqueOrThrow({ where: { id: figure.id } });
      const saved = await saveFigure(fx.users.dept, {
        indicatorCode: fx.rate.code, regionCode: fx.county1.code, year: 2020, quarter: 2,
        value: null, numerator: 97, denominator: 100, note: "", version: reopened.version, submit: true,
      });
      expect(saved).toMatchObject({ ok: true });
      const submitted = await db.figure.findUniqueOrThrow({ where: { id: figure.id } });
      expect(await approveFigures(fx.users.office, [{ id: figure.id, version: submitted.version }])).toMatchObject({ ok: true });
    } finally {
      await updatePeriod(admin, { year: 2020, quarter: 2, isOpen: false });
    }

    const after = await reportRow();
    expect(after.latest).toEqual({ period: "2020Q2", value: 97 });
    const fresh = (await evaluateTargetsAsOf(db, [fx.rateTargetId], AS_OF, { provisional: false })).get(fx.rateTargetId);
    expect(after.status).toBe(fresh?.status);
    const current = await db.targetEvaluation.findUniqueOrThrow({ where: { targetId_provisional: { targetId: fx.rateTargetId, provisional: false } } });
    expect((await storedRows()).find((r) => !r.provisional)).toMatchObject({ latestValue: 97, basis: current.computedAt });
  });
});

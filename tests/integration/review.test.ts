// Review, periods and the audit trail against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getFigureHistory, listAuditEvents } from "@/lib/data/audit-log";
import { saveFigure, submitFigures } from "@/lib/data/figures";
import { updatePeriod } from "@/lib/data/periods";
import { approveFigures, reopenFigure, returnFigure } from "@/lib/data/review";
import { listReviewPage } from "@/lib/data/review-list";
import { loadSessionUser } from "@/lib/data/session-users";
import { createEntryFixture, type EntryFixture } from "@/tests/support/entry-fixture";
import { userNamed } from "@/tests/support/users";

let fx: EntryFixture;
let rateId: number;

async function figure(id: number) {
  return db.figure.findUniqueOrThrow({ where: { id } });
}

beforeAll(async () => {
  fx = await createEntryFixture(db, 12);
  const rate = await saveFigure(fx.users.dept, {
    indicatorCode: fx.rate.code, regionCode: fx.county1.code, year: 2020, quarter: 3,
    value: null, numerator: 96, denominator: 100, note: "", version: 0,
  });
  const flow = await saveFigure(fx.users.dept, {
    indicatorCode: fx.flow.code, regionCode: fx.county1.code, year: 2020, quarter: 3,
    value: 5, numerator: null, denominator: null, note: "", version: 0,
  });
  if (!rate.ok || !flow.ok) throw new Error("fixture figures not saved");
  rateId = rate.data.figure.id;
  const submitted = await submitFigures(fx.users.dept, { year: 2020, quarter: 3, departmentId: fx.department.id });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
});

describe("review", () => {
  it("lists submitted figures of the scope by department with last value and target", async () => {
    const { groups, total, pageCount } = await listReviewPage(fx.users.office, { year: 2020, quarter: 3, status: "SUBMITTED" });
    expect({ total, pageCount }).toEqual({ total: 2, pageCount: 1 });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.department.code).toBe(fx.department.code);
    const item = groups[0]?.items.find((i) => i.figure.id === rateId);
    expect(item).toMatchObject({ previous: 94, target: { comparator: "GTE", targetValue: 95 } });
    expect((await listReviewPage(fx.users.dept, { year: 2020, quarter: 3, status: "SUBMITTED" })).groups).toEqual([]);
  });

  it("refuses a department user and a stale version", async () => {
    const current = await figure(rateId);
    expect(await approveFigures(fx.users.dept, [{ id: rateId, version: current.version }])).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await approveFigures(fx.users.office, [{ id: rateId, version: current.version - 1 }])).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflicts: [rateId],
    });
  });

  it("requires a comment to return, and the department sees it", async () => {
    const current = await figure(rateId);
    expect(await returnFigure(fx.users.office, { id: rateId, version: current.version }, " ")).toMatchObject({
      code: "INVALID",
      fieldErrors: { comment: [{ code: "commentRequired" }] },
    });
    expect(await returnFigure(fx.users.office, { id: rateId, version: current.version }, "分母与抽检计划不符，请核实")).toMatchObject({ ok: true });
    expect(await figure(rateId)).toMatchObject({ status: "RETURNED", reviewComment: "分母与抽检计划不符，请核实" });
  });

  it("approves a corrected resubmission and locks it", async () => {
    const returned = await figure(rateId);
    const fixed = await saveFigure(fx.users.dept, {
      indicatorCode: fx.rate.code, regionCode: fx.county1.code, year: 2020, quarter: 3,
      value: null, numerator: 97, denominator: 100, note: "已按抽检计划核实", version: returned.version,
    });
    expect(fixed).toMatchObject({ ok: true, data: { figure: { status: "RETURNED" } } });
    expect(await submitFigures(fx.users.dept, { year: 2020, quarter: 3, departmentId: fx.department.id })).toMatchObject({ ok: true, data: { submitted: 1 } });
    const resubmitted = await figure(rateId);
    expect(await approveFigures(fx.users.office, [{ id: rateId, version: resubmitted.version }])).toMatchObject({ ok: true, data: { count: 1 } });
    const approved = await figure(rateId);
    expect(approved).toMatchObject({ status: "APPROVED", approvedById: fx.users.office.id, numerator: 97 });
    const official = await db.targetEvaluation.findUniqueOrThrow({ where: { targetId_provisional: { targetId: fx.rateTargetId, provisional: false } } });
    expect(official).toMatchObject({ latestYear: 2020, latestQuarter: 3, latestValue: 97, status: "ACHIEVED" });

    const edit = await saveFigure(fx.users.dept, {
      indicatorCode: fx.rate.code, regionCode: fx.county1.code, year: 2020, quarter: 3,
      value: null, numerator: 50, denominator: 100, note: "", version: approved.version,
    });
    expect(edit).toMatchObject({ ok: false, code: "LOCKED", reason: "figureApproved" });
  });

  it("reopens an approved figure only with a reason", async () => {
    const approved = await figure(rateId);
    expect(await reopenFigure(fx.users.office, { id: rateId, version: approved.version }, "")).toMatchObject({ code: "INVALID" });
    expect(await reopenFigure(fx.users.office, { id: rateId, version: approved.version }, "上级抽查结果更正")).toMatchObject({ ok: true });
    expect(await figure(rateId)).toMatchObject({ status: "RETURNED", reviewComment: "上级抽查结果更正", approvedById: null });
  });

  it("keeps the whole story in the figure's history", async () => {
    const history = await getFigureHistory(fx.users.dept, rateId);
    expect(history?.events.map((e) => e.action)).toEqual([
      "figure.create", "figure.submit", "figure.return", "figure.update", "figure.submit", "figure.approve", "figure.reopen",
    ]);
    expect(await getFigureHistory(fx.users.countyDept, rateId)).toBeNull();
  });
});

// Reporting periods are installation-wide: the administrator's, not an office's (issue 14).
describe("periods", () => {
  it("lets the administrator set a due date, and refuses offices and departments", async () => {
    const admin = await userNamed("admin");
    expect(await updatePeriod(fx.users.dept, { year: 2020, quarter: 4, dueDate: "2021-01-20" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await updatePeriod(fx.users.office, { year: 2020, quarter: 4, dueDate: "2021-01-20" })).toMatchObject({ code: "FORBIDDEN" });
    expect(await updatePeriod(admin, { year: 2020, quarter: 4, dueDate: "2020-11-01" })).toMatchObject({
      code: "INVALID",
      fieldErrors: { dueDate: [{ code: "dueBeforeQuarterEnd" }] },
    });
    expect(await updatePeriod(admin, { year: 2020, quarter: 4, dueDate: "2021-01-20" })).toMatchObject({
      ok: true,
      data: { label: "2020Q4", dueDate: "2021-01-20T00:00:00.000Z", isOpen: false },
    });
  });
});

describe("opening and closing a quarter", () => {
  it("moves the quarter targets are judged at, and back", async () => {
    const asOf = () => db.targetEvaluation.findFirstOrThrow({ where: { targetId: fx.rateTargetId, provisional: false } });
    expect(await asOf()).toMatchObject({ asOfYear: 2020, asOfQuarter: 3 });
    const admin = await userNamed("admin");
    // Other test files open 2020Q4 too (cards, notifications): count only this test's audit rows.
    const before = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    expect(await updatePeriod(admin, { year: 2020, quarter: 4, isOpen: true })).toMatchObject({ ok: true, data: { isOpen: true } });
    try {
      expect(await asOf()).toMatchObject({ asOfYear: 2020, asOfQuarter: 4 });
    } finally {
      expect(await updatePeriod(admin, { year: 2020, quarter: 4, isOpen: false })).toMatchObject({ ok: true });
    }
    expect(await asOf()).toMatchObject({ asOfYear: 2020, asOfQuarter: 3 });
    const actions = await db.auditEvent.findMany({ where: { entityType: "ReportingPeriod", entityId: "2020Q4", userId: admin.id, id: { gt: before } }, orderBy: { id: "asc" } });
    expect(actions.map((a) => a.action)).toEqual(["period.open", "period.close"]);
  });
});

describe("audit trail", () => {
  it("cannot be edited or deleted, even directly", async () => {
    const event = await db.auditEvent.findFirstOrThrow();
    // The trigger aborts with SQLITE_CONSTRAINT (which Prisma reports as a constraint violation).
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { actor: "someone else" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("shows an office the events of its scope only, filtered", async () => {
    const mine = await listAuditEvents(fx.users.office, { entityType: "Figure", entityId: String(rateId) });
    expect(mine?.total).toBe(7);
    const demoOffice = await loadSessionUser((await db.user.findUniqueOrThrow({ where: { username: "office" } })).id);
    if (!demoOffice) throw new Error("demo office missing");
    expect((await listAuditEvents(demoOffice, { entityType: "Figure", entityId: String(rateId) }))?.total).toBe(0);
    const periodEvents = await listAuditEvents(demoOffice, { entityType: "ReportingPeriod" });
    expect(periodEvents?.events.some((e) => e.entityId === "2020Q4")).toBe(true);
    const byUser = await listAuditEvents(fx.users.office, { userId: fx.users.office.id, action: "figure." });
    expect(byUser?.events.map((e) => e.action).sort()).toEqual(["figure.approve", "figure.reopen", "figure.return"]);
    expect(await listAuditEvents(fx.users.dept, {})).toBeNull();
  });
});

// Saving and submitting figures against a real database: validation, version conflicts, scope,
// the explanation rule and the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveFigure, submitFigures, type SaveFigureInput } from "@/lib/data/figures";
import { getEntryGrid } from "@/lib/data/entry-grid";
import { hashToken, loadTokenUser } from "@/lib/data/token-users";
import { createEntryFixture, type EntryFixture } from "@/tests/support/entry-fixture";

let fx: EntryFixture;

beforeAll(async () => {
  fx = await createEntryFixture(db, 11);
});

const base = (over: Partial<SaveFigureInput>): SaveFigureInput => ({
  indicatorCode: fx.rate.code,
  regionCode: fx.county1.code,
  year: 2020,
  quarter: 3,
  value: null,
  numerator: null,
  denominator: null,
  note: "",
  version: 0,
  ...over,
});

async function auditFor(figureId: number) {
  return db.auditEvent.findMany({ where: { entityType: "Figure", entityId: String(figureId) }, orderBy: { id: "asc" } });
}

describe("validation", () => {
  it("refuses a numerator above the denominator, field by field", async () => {
    const result = await saveFigure(fx.users.dept, base({ numerator: 101, denominator: 100 }));
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { numerator: [{ code: "numeratorExceedsDenominator" }] } });
  });

  it("refuses decimals a count cannot have and negative amounts", async () => {
    expect(await saveFigure(fx.users.dept, base({ indicatorCode: fx.flow.code, value: 1.5 }))).toMatchObject({
      code: "INVALID",
      fieldErrors: { value: [{ code: "tooManyDecimals", params: { decimals: 0 } }] },
    });
    expect(await saveFigure(fx.users.dept, base({ indicatorCode: fx.stock.code, value: -2 }))).toMatchObject({
      fieldErrors: { value: [{ code: "negative" }] },
    });
  });

  it("refuses unknown indicators, unknown periods and closed periods", async () => {
    expect(await saveFigure(fx.users.dept, base({ indicatorCode: "NO_SUCH", numerator: 1, denominator: 2 }))).toMatchObject({
      code: "INVALID",
      fieldErrors: { indicator: [{ code: "unknownIndicator" }] },
    });
    expect(await saveFigure(fx.users.dept, base({ year: 2031, quarter: 1, numerator: 1, denominator: 2 }))).toMatchObject({
      code: "INVALID",
      fieldErrors: { period: [{ code: "unknownPeriod" }] },
    });
    expect(await saveFigure(fx.users.dept, base({ quarter: 2, numerator: 1, denominator: 2 }))).toMatchObject({ code: "LOCKED", reason: "periodClosed" });
  });

  it("writes nothing for a refused figure", async () => {
    expect(await db.figure.count({ where: { indicatorId: fx.flow.id, year: 2020, quarter: 3 } })).toBe(0);
  });
});

describe("saving and versions", () => {
  it("creates a draft at version 1 with its rate, and audits it", async () => {
    const result = await saveFigure(fx.users.dept, base({ regionCode: fx.county2.code, numerator: 45, denominator: 50 }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.figure).toMatchObject({ status: "DRAFT", version: 1, numerator: 45, denominator: 50, value: 90, enteredBy: `dept${fx.tag}` });
    const events = await auditFor(result.data.figure.id);
    expect(events.map((e) => e.action)).toEqual(["figure.create"]);
    expect(events[0]?.before).toBeNull();
    expect(JSON.parse(events[0]?.after ?? "{}")).toMatchObject({ numerator: 45, denominator: 50, status: "DRAFT", period: "2020Q3" });
    expect(events[0]?.regionPath).toContain(fx.county2.code);
  });

  it("refuses the second of two edits based on the same version, showing the other value", async () => {
    const first = await saveFigure(fx.users.dept, base({ indicatorCode: fx.stock.code, value: 11 }));
    if (!first.ok) throw new Error(JSON.stringify(first));
    const v1 = first.data.figure.version;
    const mine = await saveFigure(fx.users.dept, base({ indicatorCode: fx.stock.code, value: 12, version: v1 }));
    const theirs = await saveFigure(fx.users.dept2, base({ indicatorCode: fx.stock.code, value: 13, version: v1 }));
    expect(mine).toMatchObject({ ok: true, data: { figure: { value: 12, version: v1 + 1 } } });
    expect(theirs).toMatchObject({ ok: false, code: "CONFLICT", current: { value: 12, version: v1 + 1, enteredBy: `dept${fx.tag}` } });
    const stored = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.stock.id, regionId: fx.county1.id, year: 2020, quarter: 3 } });
    expect(stored.value).toBe(12);
    const events = await auditFor(stored.id);
    expect(events.map((e) => e.action)).toEqual(["figure.create", "figure.update"]);
    expect(JSON.parse(events[1]?.before ?? "{}")).toMatchObject({ value: 11 });
    expect(JSON.parse(events[1]?.after ?? "{}")).toMatchObject({ value: 12 });
  });

  it("lets exactly one of two simultaneous first saves win", async () => {
    const results = await Promise.all([
      saveFigure(fx.users.dept, base({ indicatorCode: fx.flow.code, regionCode: fx.county2.code, value: 1 })),
      saveFigure(fx.users.dept2, base({ indicatorCode: fx.flow.code, regionCode: fx.county2.code, value: 2 })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "CONFLICT")).toHaveLength(1);
    expect(await db.figure.count({ where: { indicatorId: fx.flow.id, regionId: fx.county2.id, year: 2020, quarter: 3 } })).toBe(1);
  });

  it("refuses a save without a version when the figure exists", async () => {
    const result = await saveFigure(fx.users.dept2, base({ indicatorCode: fx.stock.code, value: 99 }));
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", current: { value: 12 } });
  });
});

describe("scope", () => {
  it("refuses and audits a write outside the user's region", async () => {
    const result = await saveFigure(fx.users.countyDept, base({ numerator: 1, denominator: 2 }));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", reason: "outOfScope" });
    const denied = await db.auditEvent.findFirst({ where: { action: "figure.denied", userId: fx.users.countyDept.id } });
    expect(denied).not.toBeNull();
    expect(denied?.entityId).toBe(`${fx.rate.code}|${fx.county1.code}|2020Q3`);
    expect(denied?.regionPath).toBe(fx.users.countyDept.scopePath);
  });

  it("refuses a demo region of another city and an indicator the department does not report", async () => {
    expect(await saveFigure(fx.users.dept, base({ indicatorCode: "MFG_SPOT_PASS", regionCode: "450681", numerator: 1, denominator: 2 }))).toMatchObject({
      code: "FORBIDDEN",
      reason: "outOfScope",
    });
    expect(await saveFigure(fx.users.otherDept, base({ numerator: 1, denominator: 2 }))).toMatchObject({ code: "FORBIDDEN", reason: "notResponsible" });
  });

  it("refuses viewers", async () => {
    expect(await saveFigure(fx.users.viewer, base({ numerator: 1, denominator: 2 }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("lets the office enter on the department's behalf, recorded as such", async () => {
    const result = await saveFigure(fx.users.office, base({ indicatorCode: fx.flow.code, regionCode: fx.city.code, value: 3 }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.figure).toMatchObject({ isOnBehalf: true, department: { code: fx.department.code } });
    const [event] = await auditFor(result.data.figure.id);
    expect(JSON.parse(event?.after ?? "{}")).toMatchObject({ onBehalfOf: fx.department.code, onBehalfOfName: fx.department.name, departmentId: fx.department.id });
  });

  it("treats an API token as its department, attributed to the token in the audit trail", async () => {
    const token = `qt_${fx.tag}_secret`;
    await db.apiToken.create({
      data: { name: "统计系统", tokenHash: hashToken(token), prefix: "qt_", role: "DEPARTMENT", scopeRegionId: fx.county1.id, departmentId: fx.department.id, createdById: fx.users.office.id },
    });
    const caller = await loadTokenUser(token);
    if (!caller) throw new Error("token not resolved");
    expect(await saveFigure(caller, base({ regionCode: fx.county2.code, numerator: 1, denominator: 2, version: 1 }))).toMatchObject({ code: "FORBIDDEN" });
    const denied = await db.auditEvent.findFirst({ where: { action: "figure.denied" }, orderBy: { id: "desc" } });
    expect(denied?.actor).toMatch(/^API · 统计系统 \(token:\d+\)$/);
    const saved = await saveFigure(caller, base({ indicatorCode: fx.flow.code, value: 5 }));
    expect(saved).toMatchObject({ ok: true, data: { figure: { value: 5, department: { code: fx.department.code } } } });
  });

  it("refuses a department user naming another department", async () => {
    expect(await saveFigure(fx.users.dept, base({ departmentCode: fx.otherDepartment.code, numerator: 1, denominator: 2 }))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("submission", () => {
  it("requires a note for an off-track value, submits all or nothing, and updates the evaluation", async () => {
    // 80 % against a target of 95 % by 2020, after 94 % last quarter: off track and a jump.
    const saved = await saveFigure(fx.users.dept, base({ numerator: 80, denominator: 100 }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(saved.data.reasons).toEqual(["OFF_TRACK", "JUMP"]);
    const grid = await getEntryGrid(fx.users.dept, { period: { year: 2020, quarter: 3 } });
    expect(grid?.rows.find((r) => r.figure?.id === saved.data.figure.id)?.reasons).toEqual(["OFF_TRACK", "JUMP"]);

    const blocked = await submitFigures(fx.users.dept, { year: 2020, quarter: 3, departmentId: fx.department.id });
    expect(blocked).toMatchObject({ ok: false, code: "INVALID", reason: "submitBlocked" });
    if (blocked.ok || !("rowErrors" in blocked)) throw new Error("expected row errors");
    expect(blocked.rowErrors?.[saved.data.figure.id]?.note?.[0]?.code).toBe("noteRequired");
    expect(await db.figure.count({ where: { departmentId: fx.department.id, year: 2020, quarter: 3, status: "SUBMITTED" } })).toBe(0);

    const explained = await saveFigure(fx.users.dept, base({ numerator: 80, denominator: 100, note: "本季度抽查转向高风险小作坊", version: saved.data.figure.version }));
    expect(explained.ok).toBe(true);
    const submitted = await submitFigures(fx.users.dept, { year: 2020, quarter: 3, departmentId: fx.department.id });
    expect(submitted).toMatchObject({ ok: true });
    const figure = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.rate.id, regionId: fx.county1.id, year: 2020, quarter: 3 } });
    expect(figure).toMatchObject({ status: "SUBMITTED", submittedById: fx.users.dept.id });
    const evaluation = await db.targetEvaluation.findUniqueOrThrow({ where: { targetId_provisional: { targetId: fx.rateTargetId, provisional: true } } });
    expect(evaluation).toMatchObject({ latestYear: 2020, latestQuarter: 3, latestValue: 80 });
    expect((await auditFor(figure.id)).map((e) => e.action)).toContain("figure.submit");
  });

  it("turns a submitted figure back into a draft when it is edited", async () => {
    const figure = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.rate.id, regionId: fx.county1.id, year: 2020, quarter: 3 } });
    const result = await saveFigure(fx.users.dept, base({ numerator: 81, denominator: 100, note: figure.note, version: figure.version }));
    expect(result).toMatchObject({ ok: true, data: { figure: { status: "DRAFT" } } });
  });

  it("submits only the figures the user saw, and refuses when one changed since", async () => {
    const drafts = await db.figure.findMany({ where: { departmentId: fx.department.id, year: 2020, quarter: 3, status: { in: ["DRAFT", "RETURNED"] } } });
    const versions = Object.fromEntries(drafts.map((d) => [d.id, d.version]));
    const first = drafts[0];
    if (!first) throw new Error("no drafts");
    versions[first.id] = first.version - 1;
    expect(await submitFigures(fx.users.dept, { year: 2020, quarter: 3, departmentId: fx.department.id, versions })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      conflicts: [first.id],
    });
  });
});

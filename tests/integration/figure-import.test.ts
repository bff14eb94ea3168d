// Bulk import against a real database: a file with any bad row writes nothing; a good one writes
// drafts with an audit event per figure.
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getFigureHistory } from "@/lib/data/audit-log";
import { importFigures } from "@/lib/data/figure-import";
import { parseImportRows } from "@/lib/domain/figure-import/parse-rows";
import { readTable } from "@/lib/files/read-table";
import { createEntryFixture, type EntryFixture } from "@/tests/support/entry-fixture";

let fx: EntryFixture;
const Q3 = { year: 2020, quarter: 3 as const };

beforeAll(async () => {
  fx = await createEntryFixture(db, 13);
});

async function run(csv: string, options: { period?: { year: number; quarter: 1 | 2 | 3 | 4 }; user?: keyof EntryFixture["users"]; encoding?: string } = {}) {
  const bytes = options.encoding ? new Uint8Array(iconv.encode(csv, options.encoding)) : new TextEncoder().encode(csv);
  const table = await readTable("figures.csv", bytes);
  if (!table.ok) throw new Error(table.reason);
  const parsed = parseImportRows(table.rows);
  if (parsed.issues.length) return { ok: false as const, issues: parsed.issues };
  return importFigures(fx.users[options.user ?? "dept"], { period: options.period ?? Q3, fileName: "figures.csv", rows: parsed.rows, skipped: parsed.skipped });
}

const countFigures = () => db.figure.count({ where: { departmentId: fx.department.id, year: 2020, quarter: 3 } });
const header = "指标代码,地区代码,报告期,分子,分母,数值,说明";

describe("a file with bad rows", () => {
  it("is rejected whole, with every error's row, column and reason", async () => {
    const csv = [
      header,
      `${fx.rate.code},${fx.county1.code},2020Q3,96,100,,`,
      `${fx.flow.code},${fx.county1.code},2020Q3,,,2,`,
      `${fx.rate.code},${fx.county2.code},2020Q3,101,100,,`,
      `NO_SUCH,${fx.county2.code},2020Q3,,,1,`,
      `${fx.flow.code},450681,2020Q3,,,1,`,
      `${fx.flow.code},${fx.county1.code},2020Q3,,,3,`,
      `${fx.stock.code},${fx.county2.code},2020Q4,,,3,`,
      `${fx.stock.code},${fx.county1.code},2020Q3,,,1.234,`,
    ].join("\n");
    const result = await run(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues?.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, "numerator", "numeratorExceedsDenominator"],
      [5, "indicator", "unknownIndicator"],
      [6, "region", "outOfScope"],
      [7, "region", "duplicate"],
      [8, "period", "wrongPeriod"],
      [9, "value", "tooManyDecimals"],
    ]);
    expect(await countFigures()).toBe(0);
    const rejected = await db.auditEvent.findFirst({ where: { action: "figure.importRejected", userId: fx.users.dept.id } });
    expect(JSON.parse(rejected?.after ?? "{}")).toMatchObject({ errors: 6, file: "figures.csv" });
  });

  it("is refused for a closed period", async () => {
    const result = await run(`${header}\n${fx.flow.code},${fx.county1.code},2020Q2,,,2,`, { period: { year: 2020, quarter: 2 } });
    expect(result).toMatchObject({ ok: false, code: "LOCKED", issues: [{ row: 0, column: "period", code: "periodClosed" }] });
  });

  it("is refused for a user who may not enter figures", async () => {
    expect(await run(`${header}\n${fx.flow.code},${fx.county1.code},2020Q3,,,2,`, { user: "viewer" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("a good file", () => {
  it("writes drafts (GBK CSV), skips empty template rows, and audits every figure", async () => {
    const csv = [
      header,
      `${fx.rate.code},${fx.county1.code},2020Q3,96,100,,抽查计划内`,
      `${fx.flow.code},${fx.county1.code},2020Q3,,,2,`,
      `${fx.stock.code},${fx.county1.code},2020Q3,,,,`,
    ].join("\r\n");
    const result = await run(csv, { encoding: "gbk" });
    expect(result).toEqual({ ok: true, data: { created: 2, updated: 0, unchanged: 0, skipped: 1 } });
    const rate = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.rate.id, regionId: fx.county1.id, ...Q3 } });
    expect(rate).toMatchObject({ status: "DRAFT", numerator: 96, denominator: 100, value: 96, note: "抽查计划内", version: 1, enteredById: fx.users.dept.id });
    const history = await getFigureHistory(fx.users.dept, rate.id);
    expect(history?.events.map((e) => e.action)).toEqual(["figure.create"]);
    expect(history?.events[0]?.after).toMatchObject({ source: "figures.csv", row: 2, numerator: 96 });
    expect(new Date(history?.events[0]?.at ?? 0).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("updates changed figures, leaves unchanged ones, and refuses a stale version column", async () => {
    const rate = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.rate.id, regionId: fx.county1.id, ...Q3 } });
    const stale = await run(`指标代码,地区代码,分子,分母,版本\n${fx.rate.code},${fx.county1.code},97,100,${rate.version + 5}`);
    expect(stale).toMatchObject({ ok: false, issues: [{ row: 2, column: "version", code: "versionConflict" }] });

    const result = await run(`指标代码,地区代码,分子,分母,数值,说明,版本\n${fx.rate.code},${fx.county1.code},97,100,,抽查计划内,${rate.version}\n${fx.flow.code},${fx.county1.code},,,2,,`);
    expect(result).toEqual({ ok: true, data: { created: 0, updated: 1, unchanged: 1, skipped: 0 } });
    const after = await db.figure.findUniqueOrThrow({ where: { id: rate.id } });
    expect(after).toMatchObject({ numerator: 97, version: rate.version + 1 });
    const history = await getFigureHistory(fx.users.dept, rate.id);
    expect(history?.events.map((e) => e.action)).toEqual(["figure.create", "figure.update"]);
    expect(history?.events[1]?.before).toMatchObject({ numerator: 96 });
  });

  it("refuses a row without a version that would overwrite a figure someone else entered", async () => {
    const rate = await db.figure.findFirstOrThrow({ where: { indicatorId: fx.rate.id, regionId: fx.county1.id, ...Q3 } });
    expect(rate.enteredById).toBe(fx.users.dept.id);
    const overwrite = `${header}\n${fx.flow.code},${fx.county1.code},2020Q3,,,2,\n${fx.rate.code},${fx.county1.code},2020Q3,50,100,,抽查计划内`;
    const refused = await run(overwrite, { user: "dept2" });
    expect(refused).toMatchObject({ ok: false, issues: [{ row: 3, column: "version", code: "versionMissing", params: { version: rate.version } }] });
    expect(await db.figure.findUniqueOrThrow({ where: { id: rate.id } })).toMatchObject({ numerator: rate.numerator, version: rate.version });

    // The same values as stored change nothing; with the version it was based on, the row is written.
    const same = await run(`${header}\n${fx.rate.code},${fx.county1.code},2020Q3,${rate.numerator},100,,抽查计划内`, { user: "dept2" });
    expect(same).toEqual({ ok: true, data: { created: 0, updated: 0, unchanged: 1, skipped: 0 } });
    const based = await run(`指标代码,地区代码,分子,分母,说明,版本\n${fx.rate.code},${fx.county1.code},50,100,抽查计划内,${rate.version}`, { user: "dept2" });
    expect(based).toEqual({ ok: true, data: { created: 0, updated: 1, unchanged: 0, skipped: 0 } });
    expect(await db.figure.findUniqueOrThrow({ where: { id: rate.id } })).toMatchObject({ numerator: 50, version: rate.version + 1, enteredById: fx.users.dept2.id });
  });

  it("refuses figures that are already approved", async () => {
    await db.figure.updateMany({ where: { indicatorId: fx.flow.id, regionId: fx.county1.id, ...Q3 }, data: { status: "APPROVED" } });
    const result = await run(`${header}\n${fx.flow.code},${fx.county1.code},2020Q3,,,5,`);
    expect(result).toMatchObject({ ok: false, issues: [{ row: 2, column: "value", code: "figureApproved" }] });
  });
});

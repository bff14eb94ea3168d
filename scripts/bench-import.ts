// `npm run bench:import`: times a 10,000-row figure import end to end (read file → parse rows →
// validate → write with audit events) on a throw-away database, as CSV and as XLSX, first as new
// figures and then as changes to all of them. Prints the figures; asserts nothing.
//   npm run bench:import -- --rows 20000
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const rowsArg = process.argv.indexOf("--rows");
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 10_000;
const INDICATORS = 100;
const REGIONS = Math.ceil(ROWS / INDICATORS);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
const file = path.join(dir, "bench.db");
process.env.DATABASE_URL = `file:${file}`;

function ms(start: bigint) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: "ignore", env: process.env });
  const { db } = await import("@/lib/db");
  const { loadSessionUser } = await import("@/lib/data/session-users");
  const { importFigures } = await import("@/lib/data/figure-import");
  const { readTable } = await import("@/lib/files/read-table");
  const { parseImportRows } = await import("@/lib/domain/figure-import/parse-rows");

  // A province with REGIONS counties and one department reporting INDICATORS indicators for each.
  const root = await db.region.create({ data: { code: "000000", name: "全国", level: "NATION", path: "/000000/" } });
  const province = await db.region.create({ data: { code: "450000", name: "广西", level: "PROVINCE", parentId: root.id, path: "/000000/450000/" } });
  const regions: { id: number; code: string }[] = [];
  for (let i = 0; i < REGIONS; i += 1) {
    const code = String(451000 + i);
    regions.push(await db.region.create({ data: { code, name: `县${i}`, level: "COUNTY", parentId: province.id, path: `/000000/450000/${code}/` } }));
  }
  const department = await db.department.create({ data: { code: "SCJ", name: "市场监督管理局", shortName: "市场监管" } });
  const indicators: { id: number; code: string; kind: string }[] = [];
  for (let i = 0; i < INDICATORS; i += 1) {
    const kind = i % 3 === 0 ? "RATE" : i % 3 === 1 ? "FLOW" : "STOCK";
    indicators.push(await db.indicator.create({ data: { code: `IND_${i}`, name: `指标${i}`, unit: kind === "RATE" ? "%" : "个", kind, decimals: kind === "RATE" ? 1 : 0 } }));
  }
  await db.responsibility.createMany({ data: indicators.flatMap((ind) => regions.map((reg) => ({ departmentId: department.id, indicatorId: ind.id, regionId: reg.id }))) });
  await db.reportingPeriod.create({ data: { year: 2020, quarter: 3, dueDate: new Date("2020-10-15"), isOpen: true } });
  const userRow = await db.user.create({ data: { username: "bench", name: "Bench", role: "DEPARTMENT", passwordHash: "x", scopeRegionId: province.id, departmentId: department.id } });
  const user = await loadSessionUser(userRow.id);
  if (!user) throw new Error("bench user missing");

  const header = ["指标代码", "地区代码", "报告期", "分子", "分母", "数值", "说明"];
  const makeRows = (offset: number) =>
    indicators.flatMap((ind) =>
      regions.map((reg, j) => {
        const isRate = ind.kind === "RATE";
        const den = 100 + j;
        return [ind.code, reg.code, "2020Q3", isRate ? String(den - ((j + offset) % 7)) : "", isRate ? String(den) : "", isRate ? "" : String((j + offset) % 9), j % 10 === 0 ? "本季度抽查重点调整" : ""];
      }),
    ).slice(0, ROWS);

  const csv = (rows: string[][]) => Buffer.from("\uFEFF" + [header, ...rows].map((r) => r.join(",")).join("\r\n"), "utf8");
  const xlsx = async (rows: string[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("填报");
    sheet.addRow(header);
    for (const r of rows) sheet.addRow(r.map((c, i) => (i >= 3 && i <= 5 && c !== "" ? Number(c) : c)));
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  const runs: [string, string, Buffer][] = [
    ["CSV, new figures", "bench.csv", csv(makeRows(0))],
    ["XLSX, every figure changed", "bench.xlsx", await xlsx(makeRows(1))],
    ["CSV, every figure changed", "bench.csv", csv(makeRows(2))],
  ];
  console.log(`Import benchmark: ${ROWS.toLocaleString("en")} rows (${INDICATORS} indicators × ${REGIONS} regions), SQLite at ${file}`);
  console.log("run                          size      read    parse   import   total  result");
  for (const [label, name, bytes] of runs) {
    const t0 = process.hrtime.bigint();
    const table = await readTable(name, new Uint8Array(bytes));
    const t1 = ms(t0);
    if (!table.ok) throw new Error(table.reason);
    const t2s = process.hrtime.bigint();
    const parsed = parseImportRows(table.rows);
    const t2 = ms(t2s);
    if (parsed.issues.length) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    const t3s = process.hrtime.bigint();
    const result = await importFigures(user, { period: { year: 2020, quarter: 3 }, fileName: name, rows: parsed.rows, skipped: parsed.skipped });
    const t3 = ms(t3s);
    if (!result.ok) throw new Error(JSON.stringify(result).slice(0, 500));
    const summary = `created ${result.data.created}, updated ${result.data.updated}`;
    console.log(
      `${label.padEnd(28)} ${(bytes.length / 1024).toFixed(0).padStart(5)} KB ${t1.toFixed(0).padStart(6)} ms ${t2.toFixed(0).padStart(5)} ms ${t3.toFixed(0).padStart(6)} ms ${(t1 + t2 + t3).toFixed(0).padStart(6)} ms  ${summary}`,
    );
  }
  const [figures, events] = await Promise.all([db.figure.count(), db.auditEvent.count()]);
  console.log(`Stored: ${figures} figures, ${events} audit events.`);
  await db.$disconnect();
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));

// Times the raw SQL of each bench case directly with better-sqlite3 (the driver under Prisma's
// adapter), read-only, on the same database file the server uses.
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import type { BenchParams } from "./cases";
import { median } from "./stats";

export class RawSql {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  /** Milliseconds per run (after `warmups` untimed runs), and the row count of the last run. */
  time(sql: string, params: BenchParams, runs: number, warmups = 2): { samples: number[]; rows: number } {
    const statement = this.db.prepare(sql);
    const used = Object.fromEntries(Object.entries(params).filter(([key]) => sql.includes(`:${key}`)));
    let rows = 0;
    for (let i = 0; i < warmups; i += 1) statement.all(used);
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      rows = statement.all(used).length;
      samples.push(performance.now() - started);
    }
    return { samples, rows };
  }

  /** Median milliseconds of `runs` runs. */
  median(sql: string, params: BenchParams, runs: number): number {
    return median(this.time(sql, params, runs).samples);
  }

  firstIndicatorCode(): string {
    const row = this.db.prepare("SELECT code FROM indicators ORDER BY id LIMIT 1").get() as { code: string } | undefined;
    if (!row) throw new Error("The database has no indicators.");
    return row.code;
  }

  /** The quarter the dashboards are judged at: the latest open reporting period, else the latest (as currentPeriodIndex). */
  currentPeriod(): { year: number; quarter: number } {
    const row = this.db.prepare("SELECT year, quarter FROM reporting_periods ORDER BY is_open DESC, year DESC, quarter DESC LIMIT 1").get() as
      | { year: number; quarter: number }
      | undefined;
    if (!row) throw new Error("The database has no reporting periods.");
    return row;
  }

  close() {
    this.db.close();
  }
}

// The bench's result tables and goals: per case p50, p95, server CPU, size and PASS/FAIL; the
// concurrency runs; and, when several databases were benched, their p95 side by side.
import type { LoadResult } from "./load";
import type { PageCase } from "./pages";
import type { StatementTally } from "./server";
import { median, p95 } from "./stats";

export const GOALS = {
  pageP95Ms: 500,
  pageBytes: 2 ** 20,
  overviewP95Ms: 200,
  /** Server CPU per request minus the floor's, at most this many times the raw SQL (overview, region page). */
  cpuOverRawSql: 3,
  report: { xlsx: 2000, docx: 2000, pdf: 5000 } as Record<string, number>,
  loadUsers: 50,
  loadP95Ms: 1500,
} as const;

export interface CaseResult {
  c: PageCase & { format?: string; level?: string };
  status: number;
  samples: number[];
  bytes: number;
  tally: StatementTally | null;
  /** Server CPU per timed request (mean, ms): the Node process only (not Chromium for a PDF). */
  cpuMs?: number;
  /** Median of the raw SQL doing the same aggregation, where there is one. */
  rawSqlMs?: number;
}

export interface DatabaseRun {
  label: string;
  results: CaseResult[];
  floor: CaseResult;
  loads: LoadResult[];
}

type Verdict = { verdict: "PASS" | "FAIL" | "info" | "error"; reasons: string[] };

export function goalsOf(r: CaseResult, floorCpu: number | undefined): Verdict {
  if (r.status !== 200) return { verdict: "error", reasons: [`HTTP ${r.status}`] };
  const reasons: string[] = [];
  const p = p95(r.samples);
  if (r.c.kind === "report") {
    const goal = r.c.level === "province" ? undefined : r.c.format ? GOALS.report[r.c.format] : undefined;
    if (goal === undefined) return { verdict: "info", reasons: [] };
    if (p >= goal) reasons.push(`p95 ≥ ${goal} ms`);
  } else {
    const goal = r.c.name === "overview" ? GOALS.overviewP95Ms : GOALS.pageP95Ms;
    if (p >= goal) reasons.push(`p95 ≥ ${goal} ms`);
    if (r.bytes >= GOALS.pageBytes) reasons.push("≥ 1 MiB");
    const judgedCpu = r.c.name === "overview" || r.c.name === "region page";
    if (judgedCpu && r.cpuMs !== undefined && floorCpu !== undefined && r.rawSqlMs !== undefined) {
      if (r.cpuMs - floorCpu > GOALS.cpuOverRawSql * r.rawSqlMs) reasons.push(`CPU−floor > ${GOALS.cpuOverRawSql}× SQL`);
    }
  }
  return { verdict: reasons.length ? "FAIL" : "PASS", reasons };
}

const fmt = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? "–" : x < 10 ? x.toFixed(2) : x.toFixed(0));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function formatRun(run: DatabaseRun): { text: string; pass: number; fail: number } {
  const floorCpu = run.floor.cpuMs;
  let pass = 0;
  let fail = 0;
  const rows = [...run.results, run.floor].map((r) => {
    const isFloor = r === run.floor;
    const { verdict, reasons } = isFloor ? { verdict: "floor", reasons: [] } : goalsOf(r, floorCpu);
    if (verdict === "PASS") pass += 1;
    if (verdict === "FAIL" || verdict === "error") fail += 1;
    const ok = r.status === 200;
    const cpuNet = r.cpuMs !== undefined && floorCpu !== undefined && !isFloor ? r.cpuMs - floorCpu : undefined;
    return [
      r.c.name,
      r.c.as,
      ok ? fmt(median(r.samples)) : "–",
      ok ? fmt(p95(r.samples)) : "–",
      fmt(r.cpuMs),
      r.rawSqlMs !== undefined && cpuNet !== undefined ? `${fmt(cpuNet)} / ${fmt(r.rawSqlMs)} = ${(cpuNet / r.rawSqlMs).toFixed(1)}×` : "–",
      ok ? String(Math.round(r.bytes / 1024)) : "–",
      r.tally ? `${r.tally.statements} (${r.tally.repeats})` : "–",
      reasons.length ? `${verdict} (${reasons.join(", ")})` : verdict,
    ];
  });
  const header = ["case", "as", "p50 ms", "p95 ms", "CPU ms/req", "CPU−floor / raw SQL", "KiB", "SQL stmts (max same)", "result"];
  const loads = run.loads.map((l) => {
    const judged = l.users === GOALS.loadUsers;
    const reasons = [...(l.errors > 0 ? [`${l.errors} errors`] : []), ...(l.p95 >= GOALS.loadP95Ms ? [`p95 ≥ ${GOALS.loadP95Ms} ms`] : [])];
    const verdict = !judged ? "info" : reasons.length ? `FAIL (${reasons.join(", ")})` : "PASS";
    if (judged) {
      if (reasons.length) fail += 1;
      else pass += 1;
    }
    return [String(l.users), fmt(l.seconds), String(l.requests), fmt(l.requests / l.seconds), fmt(l.p50), fmt(l.p95), fmt(l.p99), String(l.errors), verdict];
  });
  const errorLines = run.loads.flatMap((l) => (l.errorSamples.length ? [`  ${l.users} users, first errors: ${l.errorSamples.join("; ")}`] : []));
  const text = [
    table(header, rows),
    "",
    "Concurrency (signed-in users requesting their role's pages in turn):",
    table(["users", "s", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "result"], loads),
    ...errorLines,
  ].join("\n");
  return { text, pass, fail };
}

/** p95 of every case on every database benched, one column per database. */
export function formatSideBySide(runs: readonly DatabaseRun[]): string {
  const names = runs[0]?.results.map((r) => r.c.name) ?? [];
  const rows = names.map((name) => [name, ...runs.map((run) => {
    const r = run.results.find((x) => x.c.name === name);
    return r && r.status === 200 ? `${fmt(p95(r.samples))} ms` : r ? `HTTP ${r.status}` : "–";
  })]);
  for (const users of runs[0]?.loads.map((l) => l.users) ?? []) {
    rows.push([`${users} users p95 / errors`, ...runs.map((run) => {
      const l = run.loads.find((x) => x.users === users);
      return l ? `${fmt(l.p95)} ms / ${l.errors}` : "–";
    })]);
  }
  return table(["p95", ...runs.map((r) => r.label)], rows);
}

export const GOALS_TEXT =
  `Goals: every page p95 < ${GOALS.pageP95Ms} ms and < 1 MiB; overview p95 < ${GOALS.overviewP95Ms} ms; city and county report XLSX/DOCX p95 < 2 s, PDF < 5 s ` +
  `(the province's own report and JSON: measured, no goal); ${GOALS.loadUsers} concurrent users: no errors, p95 < ${GOALS.loadP95Ms} ms; ` +
  `overview and region page: server CPU per request minus the floor's ≤ ${GOALS.cpuOverRawSql}× the raw SQL.`;

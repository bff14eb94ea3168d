// The bench's result table: server time per URL against the raw-SQL floor, with the verdicts.
import type { StatementTally } from "./server";
import { median, p95 } from "./stats";

export const MAX_RATIO = 3;

export interface CaseResult {
  name: string;
  path: string;
  /** HTTP status of the probe request; 404 means the page does not exist (yet). */
  status: number;
  samples: number[];
  rawSamples: number[] | null;
  rawRows: number | null;
  p95Goal?: number;
  tally: StatementTally | null;
  bytes: number;
  /** Server CPU time per timed request (mean), when the statement counter is loaded. */
  cpuMsPerRequest?: number;
}

/** Page median over raw-SQL median, rounded as printed (so 3.00× passes). */
export function ratioOf(r: CaseResult): number {
  return r.rawSamples ? Math.round((median(r.samples) / median(r.rawSamples)) * 100) / 100 : Number.NaN;
}

export type Verdict = "PASS" | "FAIL" | "missing" | "error" | "info";

export function verdictOf(r: CaseResult): { verdict: Verdict; reasons: string[] } {
  if (r.status === 404) return { verdict: "missing", reasons: ["HTTP 404"] };
  if (r.status !== 200) return { verdict: "error", reasons: [`HTTP ${r.status}`] };
  if (r.rawSamples === null) return { verdict: "info", reasons: [] };
  const reasons: string[] = [];
  if (r.p95Goal !== undefined && p95(r.samples) >= r.p95Goal) reasons.push(`p95 ≥ ${r.p95Goal} ms`);
  if (ratioOf(r) > MAX_RATIO) reasons.push(`ratio > ${MAX_RATIO}`);
  return { verdict: reasons.length ? "FAIL" : "PASS", reasons };
}

const fmt = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x.toFixed(1)) : "–");

export function formatTable(results: readonly CaseResult[]): string {
  const header = ["name", "url", "median ms", "p95 ms", "server CPU ms", "KiB", "raw SQL median ms", "ratio", "SQL stmts (max same)", "result"];
  const rows = results.map((r) => {
    const { verdict, reasons } = verdictOf(r);
    const ok = r.status === 200;
    const raw = r.rawSamples ? median(r.rawSamples) : Number.NaN;
    const tally = r.tally ? `${r.tally.statements} (${r.tally.repeats})` : "–";
    return [
      r.name,
      r.path,
      ok ? fmt(median(r.samples)) : "–",
      ok ? fmt(p95(r.samples)) : "–",
      ok && r.cpuMsPerRequest !== undefined ? fmt(r.cpuMsPerRequest) : "–",
      ok ? String(Math.round(r.bytes / 1024)) : "–",
      fmt(raw),
      ok && r.rawSamples ? `${ratioOf(r).toFixed(2)}×` : "–",
      ok ? tally : "–",
      verdict === "FAIL" ? `FAIL (${reasons.join(", ")})` : verdict === "error" ? `error (${reasons.join(", ")})` : verdict,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function formatSummary(results: readonly CaseResult[]): string {
  const judged = results.map((r) => ({ r, ...verdictOf(r) })).filter((x) => x.verdict !== "info");
  const count = (v: Verdict) => judged.filter((x) => x.verdict === v).length;
  const parts = [`${count("PASS")} PASS`, `${count("FAIL")} FAIL`];
  if (count("missing")) parts.push(`${count("missing")} missing`);
  if (count("error")) parts.push(`${count("error")} error`);
  const banner = count("FAIL") || count("error") ? "\u001b[1;31m✗ GOALS NOT MET\u001b[0m" : count("missing") ? "… incomplete (pages missing)" : "\u001b[1;32m✓ all goals met\u001b[0m";
  return `${banner}: ${parts.join(", ")}. Goals: overview p95 < 300 ms; page median ≤ ${MAX_RATIO}× the raw SQL median.`;
}

/**
 * The ratio goal beside the floor: where 3× the raw query's median is less than an empty request's
 * median (no session, one trivial query), no page can meet it, however little work it does.
 */
export function formatFloorNote(results: readonly CaseResult[], floorName: string): string {
  const floor = results.find((r) => r.name === floorName && r.status === 200);
  if (!floor) return "";
  const floorMs = median(floor.samples);
  const below = results.filter((r) => r.rawSamples && r.status === 200 && MAX_RATIO * median(r.rawSamples) < floorMs).map((r) => r.name);
  const cpu = floor.cpuMsPerRequest === undefined ? "" : `, server CPU ${fmt(floor.cpuMsPerRequest)} ms`;
  return `Floor: an empty request (${floor.path}) takes ${fmt(floorMs)} ms median (p95 ${fmt(p95(floor.samples))} ms${cpu}).${below.length ? ` ${MAX_RATIO}× the raw SQL median is below that floor for: ${below.join(", ")}.` : ""}`;
}

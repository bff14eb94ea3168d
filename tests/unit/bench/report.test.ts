// The bench's goals (issue 12): page p95 and size, overview p95, report formats, CPU over the raw SQL.
import { describe, expect, it } from "vitest";
import type { PageCase } from "@/scripts/bench/pages";
import { formatRun, goalsOf, type CaseResult } from "@/scripts/bench/report";
import { median, p95, percentile } from "@/scripts/bench/stats";

const page = (name: string, kind: PageCase["kind"] = "page"): PageCase => ({ name, path: "/", kind, capability: null, as: "leader" });
const base: CaseResult = { c: page("targets"), status: 200, samples: [], bytes: 1000, tally: null };
const ms = (n: number, value: number) => Array.from({ length: n }, () => value);

describe("bench statistics", () => {
  it("uses nearest-rank percentiles", () => {
    const samples = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(median(samples)).toBe(15);
    expect(p95(samples)).toBe(29);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("bench goals", () => {
  it("holds every page to p95 < 500 ms and < 1 MiB, the overview to p95 < 200 ms", () => {
    expect(goalsOf({ ...base, samples: ms(20, 499) }, undefined)).toEqual({ verdict: "PASS", reasons: [] });
    expect(goalsOf({ ...base, samples: [...ms(18, 100), 600, 600], bytes: 2 ** 20 }, undefined)).toEqual({ verdict: "FAIL", reasons: ["p95 ≥ 500 ms", "≥ 1 MiB"] });
    expect(goalsOf({ ...base, c: page("overview"), samples: ms(20, 250) }, undefined).reasons).toEqual(["p95 ≥ 200 ms"]);
  });

  it("judges the overview's server CPU minus the floor's against 3× its raw SQL", () => {
    const overview = { ...base, c: page("overview"), samples: ms(20, 50), rawSqlMs: 10 };
    expect(goalsOf({ ...overview, cpuMs: 35 }, 5).verdict).toBe("PASS");
    expect(goalsOf({ ...overview, cpuMs: 36 }, 5).reasons).toEqual(["CPU−floor > 3× SQL"]);
    // Other pages are not judged on CPU.
    expect(goalsOf({ ...overview, c: page("targets"), cpuMs: 90 }, 5).verdict).toBe("PASS");
  });

  it("holds city and county reports to 2 s (XLSX, DOCX) and 5 s (PDF); the province's own and JSON are measured only", () => {
    const report = (format: string, level: string, value: number): CaseResult => ({ ...base, c: { ...page(`report ${level} ${format}`, "report"), format, level }, samples: ms(5, value), bytes: 5 * 2 ** 20 });
    expect(goalsOf(report("xlsx", "city", 1900), undefined).verdict).toBe("PASS");
    expect(goalsOf(report("docx", "county", 2100), undefined).reasons).toEqual(["p95 ≥ 2000 ms"]);
    expect(goalsOf(report("pdf", "city", 4900), undefined).verdict).toBe("PASS");
    expect(goalsOf(report("xlsx", "province", 9000), undefined).verdict).toBe("info");
    expect(goalsOf(report("json", "city", 9000), undefined).verdict).toBe("info");
  });

  it("counts an error status as a failure, and 50 concurrent users with errors or p95 ≥ 1.5 s as FAIL", () => {
    expect(goalsOf({ ...base, status: 500 }, undefined)).toEqual({ verdict: "error", reasons: ["HTTP 500"] });
    const load = (users: number, errors: number, p: number) => ({ users, seconds: 20, requests: 100, errors, errorSamples: [], p50: p, p95: p, p99: p });
    const run = { label: "db", results: [{ ...base, samples: ms(20, 10) }], floor: { ...base, c: page("(floor) health"), samples: ms(20, 2) }, loads: [load(20, 3, 2000), load(50, 0, 1400)] };
    expect(formatRun(run)).toMatchObject({ pass: 2, fail: 0 });
    expect(formatRun({ ...run, loads: [load(50, 1, 1600)] })).toMatchObject({ pass: 1, fail: 1 });
    expect(formatRun({ ...run, loads: [load(50, 1, 1600)] }).text).toContain("FAIL (1 errors, p95 ≥ 1500 ms)");
  });
});

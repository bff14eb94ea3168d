import { describe, expect, it } from "vitest";
import { formatFloorNote, formatTable, verdictOf, type CaseResult } from "@/scripts/bench/report";
import { median, p95, percentile } from "@/scripts/bench/stats";

const base: CaseResult = { name: "overview", path: "/", status: 200, samples: [], rawSamples: [10], rawRows: 1, p95Goal: 300, tally: null, bytes: 0 };
const ms = (n: number, value: number) => Array.from({ length: n }, () => value);

describe("bench statistics", () => {
  it("uses nearest-rank percentiles", () => {
    const samples = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(median(samples)).toBe(15);
    expect(p95(samples)).toBe(29);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("bench verdicts", () => {
  it("passes within both goals, including a ratio of exactly 3.00 as printed", () => {
    expect(verdictOf({ ...base, samples: ms(30, 30.004) }).verdict).toBe("PASS");
  });

  it("fails on the p95 goal and on the ratio, naming both", () => {
    const slow = verdictOf({ ...base, samples: [...ms(28, 20), 400, 400] });
    expect(slow).toEqual({ verdict: "FAIL", reasons: ["p95 ≥ 300 ms"] });
    expect(verdictOf({ ...base, samples: ms(30, 31) }).reasons).toEqual(["ratio > 3"]);
  });

  it("reports a 404 as missing and prints no timings for it", () => {
    const missing = { ...base, status: 404 };
    expect(verdictOf(missing).verdict).toBe("missing");
    expect(formatTable([missing])).toMatch(/\| overview \| \/ +\| – +\| – +\|.*missing/);
  });
});

describe("bench floor", () => {
  it("names the pages whose ratio goal lies below an empty request's time", () => {
    const floor: CaseResult = { ...base, name: "(floor) health", path: "/api/health", rawSamples: null, samples: ms(30, 6), cpuMsPerRequest: 5 };
    const fast = { ...base, name: "API targets", rawSamples: [1], samples: ms(30, 20) };
    const slow = { ...base, name: "overview", rawSamples: [10], samples: ms(30, 40) };
    expect(formatFloorNote([slow, fast, floor], floor.name)).toBe(
      "Floor: an empty request (/api/health) takes 6.00 ms median (p95 6.00 ms, server CPU 5.00 ms). 3× the raw SQL median is below that floor for: API targets.",
    );
    expect(formatFloorNote([slow], floor.name)).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { periodIndex } from "@/lib/domain/period";
import { formatReportPeriod, parseReportPeriod, previousReportPeriod, reportAsOfIndex } from "@/lib/domain/report-period";

const q = (year: number, quarter: 1 | 2 | 3 | 4) => periodIndex({ year, quarter });

describe("report periods", () => {
  it("parses a year or a quarter, strictly", () => {
    expect(parseReportPeriod("2020")).toEqual({ kind: "YEAR", year: 2020 });
    expect(parseReportPeriod("2020Q4")).toEqual({ kind: "QUARTER", year: 2020, quarter: 4 });
    for (const bad of ["2020q4", "2020Q5", "20", "2020-Q1", " 2020", "1800", ""]) expect(parseReportPeriod(bad)).toBeNull();
    expect(formatReportPeriod({ kind: "YEAR", year: 2019 })).toBe("2019");
    expect(formatReportPeriod({ kind: "QUARTER", year: 2019, quarter: 2 })).toBe("2019Q2");
  });

  it("judges a quarter at its end and a year at its Q4, or at the current quarter while the year is not over", () => {
    const current = q(2020, 3);
    expect(reportAsOfIndex({ kind: "QUARTER", year: 2020, quarter: 2 }, current)).toBe(q(2020, 2));
    expect(reportAsOfIndex({ kind: "QUARTER", year: 2020, quarter: 3 }, current)).toBe(current);
    expect(reportAsOfIndex({ kind: "YEAR", year: 2019 }, current)).toBe(q(2019, 4));
    expect(reportAsOfIndex({ kind: "YEAR", year: 2020 }, current)).toBe(current);
  });

  it("refuses periods that have not begun", () => {
    const current = q(2020, 3);
    expect(reportAsOfIndex({ kind: "QUARTER", year: 2020, quarter: 4 }, current)).toBeNull();
    expect(reportAsOfIndex({ kind: "YEAR", year: 2021 }, current)).toBeNull();
  });

  it("compares with the quarter before, across a year boundary, or with the year before", () => {
    expect(previousReportPeriod({ kind: "QUARTER", year: 2020, quarter: 1 })).toEqual({ kind: "QUARTER", year: 2019, quarter: 4 });
    expect(previousReportPeriod({ kind: "QUARTER", year: 2020, quarter: 3 })).toEqual({ kind: "QUARTER", year: 2020, quarter: 2 });
    expect(previousReportPeriod({ kind: "YEAR", year: 2020 })).toEqual({ kind: "YEAR", year: 2019 });
  });
});

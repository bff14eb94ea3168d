import { describe, expect, it } from "vitest";
import {
  deadlineIndexOf,
  formatPeriod,
  formatPeriodIndex,
  nextPeriod,
  parsePeriod,
  parseYearOrPeriod,
  periodEndDate,
  periodFromIndex,
  periodIndex,
  periodIndexOfDate,
  periodsBetween,
  previousPeriod,
  yearEndIndex,
  yearStartIndex,
} from "@/lib/domain/period";

describe("periodIndex / periodFromIndex", () => {
  it("maps year and quarter to year*4 + quarter − 1", () => {
    expect(periodIndex({ year: 2020, quarter: 1 })).toBe(8080);
    expect(periodIndex({ year: 2020, quarter: 3 })).toBe(8082);
    expect(periodIndex({ year: 2016, quarter: 4 })).toBe(8067);
  });

  it("round-trips", () => {
    for (const i of [7960, 8067, 8080, 8081, 8082, 8083, 8400]) {
      expect(periodIndex(periodFromIndex(i))).toBe(i);
    }
    expect(periodFromIndex(8083)).toEqual({ year: 2020, quarter: 4 });
    expect(periodFromIndex(8084)).toEqual({ year: 2021, quarter: 1 });
  });

  it("rejects fractional indices", () => {
    expect(() => periodFromIndex(8080.5)).toThrow(RangeError);
  });
});

describe("formatPeriod / parsePeriod", () => {
  it("formats as 2020Q3", () => {
    expect(formatPeriod({ year: 2020, quarter: 3 })).toBe("2020Q3");
    expect(formatPeriodIndex(8067)).toBe("2016Q4");
  });

  it("parses strict four-digit years 1990–2100 and Q1–Q4", () => {
    expect(parsePeriod("2020Q3")).toEqual({ year: 2020, quarter: 3 });
    expect(parsePeriod("1990Q1")).toEqual({ year: 1990, quarter: 1 });
    expect(parsePeriod("2100Q4")).toEqual({ year: 2100, quarter: 4 });
  });

  it.each(["2020q3", "2020Q5", "2020Q0", "1989Q4", "2101Q1", " 2020Q3", "2020Q3 ", "20Q3", "2020-Q3", "2020", ""])(
    "rejects %j",
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it("reads a bare baseline year as its fourth quarter", () => {
    expect(parseYearOrPeriod("2016")).toEqual({ year: 2016, quarter: 4 });
    expect(parseYearOrPeriod("2016Q2")).toEqual({ year: 2016, quarter: 2 });
    expect(parseYearOrPeriod("1989")).toBeNull();
    expect(parseYearOrPeriod("2016Q9")).toBeNull();
  });
});

describe("periodEndDate", () => {
  it("is midnight UTC of the quarter's last day", () => {
    expect(periodEndDate({ year: 2020, quarter: 1 }).toISOString()).toBe("2020-03-31T00:00:00.000Z");
    expect(periodEndDate({ year: 2020, quarter: 2 }).toISOString()).toBe("2020-06-30T00:00:00.000Z");
    expect(periodEndDate({ year: 2019, quarter: 3 }).toISOString()).toBe("2019-09-30T00:00:00.000Z");
    expect(periodEndDate({ year: 2020, quarter: 4 }).toISOString()).toBe("2020-12-31T00:00:00.000Z");
  });
});

describe("neighbours and ranges", () => {
  it("steps across year boundaries", () => {
    expect(previousPeriod({ year: 2020, quarter: 1 })).toEqual({ year: 2019, quarter: 4 });
    expect(previousPeriod({ year: 2020, quarter: 3 })).toEqual({ year: 2020, quarter: 2 });
    expect(nextPeriod({ year: 2020, quarter: 4 })).toEqual({ year: 2021, quarter: 1 });
  });

  it("lists quarters inclusively", () => {
    expect(periodsBetween(8082, 8085).map(formatPeriod)).toEqual(["2020Q3", "2020Q4", "2021Q1", "2021Q2"]);
    expect(periodsBetween(8082, 8082)).toHaveLength(1);
    expect(periodsBetween(8083, 8082)).toEqual([]);
  });

  it("gives year boundaries and deadlines", () => {
    expect(yearStartIndex(2020)).toBe(8080);
    expect(yearEndIndex(2020)).toBe(8083);
    expect(deadlineIndexOf(2020, null)).toBe(8083);
    expect(deadlineIndexOf(2020, 2)).toBe(8081);
    expect(deadlineIndexOf(2020, 7)).toBe(8083);
  });
});

describe("periodIndexOfDate", () => {
  it("uses the UTC calendar by default", () => {
    expect(periodIndexOfDate(new Date("2020-01-01T00:00:00Z"))).toBe(8080);
    expect(periodIndexOfDate(new Date("2020-03-31T23:59:59Z"))).toBe(8080);
    expect(periodIndexOfDate(new Date("2020-04-01T00:00:00Z"))).toBe(8081);
    expect(periodIndexOfDate(new Date("2020-12-31T12:00:00Z"))).toBe(8083);
  });

  it("can read instants on Beijing time", () => {
    // 20:00 UTC on 31 March is already 1 April in Beijing.
    expect(periodIndexOfDate(new Date("2020-03-31T20:00:00Z"), 480)).toBe(8081);
    expect(periodIndexOfDate(new Date("2020-03-31T20:00:00Z"))).toBe(8080);
  });
});

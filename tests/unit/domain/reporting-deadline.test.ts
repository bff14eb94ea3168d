import { describe, expect, it } from "vitest";
import { dueDayEnd, isOverdue, isPastDue } from "@/lib/domain/reporting-deadline";

// A due date as the periods page stores it: the calendar day at UTC midnight.
const due = new Date("2020-10-15T00:00:00.000Z");

describe("reporting deadline", () => {
  it("ends the due day at midnight Beijing time", () => {
    expect(dueDayEnd(due).toISOString()).toBe("2020-10-15T16:00:00.000Z");
  });

  it("is on time until 23:59:59 Beijing on the due day and overdue from 00:00 the next day", () => {
    expect(isPastDue(due, new Date("2020-10-15T23:59:59+08:00"))).toBe(false);
    expect(isPastDue(due, new Date("2020-10-15T23:59:59.999+08:00"))).toBe(false);
    expect(isPastDue(due, new Date("2020-10-16T00:00:00+08:00"))).toBe(true);
    // The due day begins before its UTC midnight in Beijing: still on time.
    expect(isPastDue(due, new Date("2020-10-15T00:30:00+08:00"))).toBe(false);
    expect(isPastDue(due, new Date("2020-10-14T12:00:00Z"))).toBe(false);
  });

  it("reads the calendar day of a due date stored with a time of day", () => {
    expect(isPastDue(new Date("2020-10-15T09:30:00Z"), new Date("2020-10-16T00:00:00+08:00"))).toBe(true);
    expect(isPastDue(new Date("2020-10-15T09:30:00Z"), new Date("2020-10-15T23:59:59+08:00"))).toBe(false);
  });

  it("marks a department overdue only after the due day and while figures are owed", () => {
    expect(isOverdue({ expected: 3, submitted: 2 }, true)).toBe(true);
    expect(isOverdue({ expected: 3, submitted: 3 }, true)).toBe(false);
    expect(isOverdue({ expected: 3, submitted: 0 }, false)).toBe(false);
    expect(isOverdue({ expected: 0, submitted: 0 }, true)).toBe(false);
  });
});

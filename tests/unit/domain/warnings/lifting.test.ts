import { describe, expect, it } from "vitest";
import { isTaskOverdue, liftBlockers } from "@/lib/domain/warnings";

const done = { status: "DONE" as const };
const open = { status: "OPEN" as const };

describe("liftBlockers", () => {
  it("proposes lifting when every target is back on track for two quarters and every task is done", () => {
    expect(liftBlockers({ statuses: [["ON_TRACK", "ACHIEVED"], ["ACHIEVED", "ACHIEVED", "OFF_TRACK"]], tasks: [done, done], liftQuarters: 2 })).toEqual([]);
  });

  it("needs the set number of consecutive quarters: one recovered quarter is not enough", () => {
    expect(liftBlockers({ statuses: [["ON_TRACK", "OFF_TRACK"]], tasks: [done], liftQuarters: 2 })).toEqual(["NOT_RECOVERED"]);
    expect(liftBlockers({ statuses: [["ON_TRACK"]], tasks: [done], liftQuarters: 2 })).toEqual(["NOT_RECOVERED"]);
    expect(liftBlockers({ statuses: [["ON_TRACK", "OFF_TRACK"]], tasks: [done], liftQuarters: 1 })).toEqual([]);
  });

  it("does not count at-risk or missing data as recovered", () => {
    expect(liftBlockers({ statuses: [["AT_RISK", "ON_TRACK"]], tasks: [done], liftQuarters: 2 })).toEqual(["NOT_RECOVERED"]);
    expect(liftBlockers({ statuses: [["NO_DATA", "ON_TRACK"]], tasks: [done], liftQuarters: 2 })).toEqual(["NOT_RECOVERED"]);
  });

  it("waits for every task, and for at least one", () => {
    expect(liftBlockers({ statuses: [["ACHIEVED", "ACHIEVED"]], tasks: [done, open], liftQuarters: 2 })).toEqual(["TASKS_OPEN"]);
    expect(liftBlockers({ statuses: [["ACHIEVED", "ACHIEVED"]], tasks: [], liftQuarters: 2 })).toEqual(["NO_TASKS"]);
  });

  it("waits only for the tasks on a card about no target", () => {
    expect(liftBlockers({ statuses: [], tasks: [done], liftQuarters: 2 })).toEqual([]);
  });
});

describe("isTaskOverdue", () => {
  const deadline = new Date("2020-10-15T00:00:00Z");

  it("is not overdue during its deadline day, and is from the next day on", () => {
    expect(isTaskOverdue({ status: "OPEN", deadline }, new Date("2020-10-15T23:59:59Z"))).toBe(false);
    expect(isTaskOverdue({ status: "OPEN", deadline }, new Date("2020-10-16T00:00:00Z"))).toBe(true);
  });

  it("is never overdue once done", () => {
    expect(isTaskOverdue({ status: "DONE", deadline }, new Date("2021-01-01T00:00:00Z"))).toBe(false);
  });
});

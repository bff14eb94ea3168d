import { describe, expect, it } from "vitest";
import { clipboardMatrix, initialState, localErrors, mergeRow, planPaste, rowReasons, statusCounts, type RowState } from "@/app/(dashboard)/entry/_components/grid-model";
import type { EntryRow } from "@/lib/data/entry-grid";
import type { FigureView } from "@/lib/data/figure-view";

function row(key: string, kind: "RATE" | "FLOW", figure: Partial<FigureView> | null = null, previous: number | null = null): EntryRow {
  return {
    key,
    indicator: { id: 1, code: key, name: key, nameEn: null, unit: kind === "RATE" ? "%" : "个", kind, decimals: kind === "RATE" ? 1 : 0, definition: "" },
    region: { id: 1, code: "450602", name: "港口区", nameEn: null },
    isRollUp: false,
    figure: figure && ({ id: 1, version: 1, status: "DRAFT", value: null, numerator: null, denominator: null, note: "", ...figure } as FigureView),
    previous: previous === null ? null : { value: previous, status: "APPROVED" },
    target: null,
    reasons: [],
  };
}

describe("clipboardMatrix", () => {
  it("splits Excel's tab-separated lines and drops the trailing newline", () => {
    expect(clipboardMatrix("95\t100\r\n96\t101\r\n")).toEqual([["95", "100"], ["96", "101"]]);
    expect(clipboardMatrix('1\n"说明"\n')).toEqual([["1"], ["说明"]]);
  });
});

describe("planPaste", () => {
  const rows = [row("a", "RATE"), row("b", "FLOW"), row("c", "RATE", { status: "APPROVED" }), row("d", "RATE")];
  const states = new Map(rows.map((r) => [r.key, initialState(r)]));

  it("pastes row for row, skipping cells that cannot take a value and counting what it drops", () => {
    const plan = planPaste(rows, states, true, { rowIndex: 0, field: "numerator" }, [["95", "100"], ["3", "4"], ["1", "2"], ["7", "8"], ["9", "9"]]);
    expect(plan.changes).toEqual([
      { rowIndex: 0, field: "numerator", value: "95" },
      { rowIndex: 0, field: "denominator", value: "100" },
      { rowIndex: 3, field: "numerator", value: "7" },
      { rowIndex: 3, field: "denominator", value: "8" },
    ]);
    // Row b is not a rate (2 values), row c is approved (2), and one line runs past the end (2).
    expect(plan.ignored).toBe(6);
  });

  it("pastes nothing into a closed period", () => {
    expect(planPaste(rows, states, false, { rowIndex: 0, field: "numerator" }, [["1"]]).changes).toEqual([]);
  });
});

describe("mergeRow and rowReasons", () => {
  it("keeps unsaved edits across a refresh and takes stored figures elsewhere", () => {
    const before = row("a", "FLOW", { value: 1, version: 1 });
    const after = row("a", "FLOW", { value: 2, version: 2 });
    const clean = initialState(before);
    const dirty: RowState = { ...clean, edit: { ...clean.edit, value: "5" } };
    expect(mergeRow(after, dirty)).toBe(dirty);
    expect(mergeRow(after, clean).edit.value).toBe("2");
    expect(mergeRow(after, clean).version).toBe(2);
  });

  it("flags a jump as the user types", () => {
    const r = row("a", "RATE", null, 95);
    const s = initialState(r);
    expect(rowReasons(r, { ...s, edit: { ...s.edit, numerator: "80", denominator: "100" } })).toEqual(["JUMP"]);
    expect(rowReasons(r, { ...s, edit: { ...s.edit, numerator: "90", denominator: "100" } })).toEqual([]);
  });
});

describe("localErrors", () => {
  const rate = row("r", "RATE");
  const typed = (edit: Partial<RowState["edit"]>): RowState => ({ ...initialState(rate), edit: { ...initialState(rate).edit, ...edit } });

  it("flags what is not a number, and the figure rules once the numbers parse", () => {
    expect(localErrors(rate, typed({ numerator: "12个", denominator: "100" }))).toEqual({ numerator: [{ code: "notANumber" }] });
    expect(localErrors(rate, typed({ numerator: "120", denominator: "100" }))?.numerator).toBeDefined();
    expect(localErrors(rate, typed({ numerator: "90", denominator: "100" }))).toBeUndefined();
  });
});

describe("statusCounts", () => {
  it("counts rows, rows with a stored figure and figures by status", () => {
    const rows = [row("a", "RATE", { status: "DRAFT" }), row("b", "RATE", { status: "SUBMITTED" }), row("c", "RATE", { status: "SUBMITTED" }), row("d", "RATE")];
    const states = new Map(rows.map((r) => [r.key, initialState(r)]));
    expect(statusCounts(rows, states)).toEqual({ total: 4, entered: 3, DRAFT: 1, SUBMITTED: 2, APPROVED: 0, RETURNED: 0 });
  });
});

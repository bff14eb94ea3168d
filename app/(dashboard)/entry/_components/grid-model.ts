// The entry grid's local state: what the user typed per row, compared with what is stored, and how
// a block pasted from Excel lands on the grid (row for row, column for column, like Excel).
import type { EntryRow } from "@/lib/data/entry-grid";
import type { FigureView } from "@/lib/data/figure-view";
import { isJump, parseNumberInput, rateOf, validateFigureValues, type ExplanationReason } from "@/lib/domain";
import type { FieldErrors } from "@/lib/result";

export const FIELDS = ["numerator", "denominator", "value", "note"] as const;
export type Field = (typeof FIELDS)[number];
export type CellEdit = Record<Field, string>;

export interface RowState {
  edit: CellEdit;
  base: CellEdit;
  version: number;
  figure: FigureView | null;
  reasons: ExplanationReason[];
  errors?: FieldErrors;
  conflict?: FigureView | null;
  message?: string;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function editOf(kind: EntryRow["indicator"]["kind"], figure: FigureView | null): CellEdit {
  return {
    numerator: kind === "RATE" ? text(figure?.numerator) : "",
    denominator: kind === "RATE" ? text(figure?.denominator) : "",
    value: kind === "RATE" ? "" : text(figure?.value),
    note: figure?.note ?? "",
  };
}

export function initialState(row: EntryRow): RowState {
  const base = editOf(row.indicator.kind, row.figure);
  return { edit: base, base, version: row.figure?.version ?? 0, figure: row.figure, reasons: row.reasons };
}

export function isDirty(state: RowState): boolean {
  return FIELDS.some((f) => state.edit[f].trim() !== state.base[f].trim());
}

export function appliesTo(kind: EntryRow["indicator"]["kind"], field: Field): boolean {
  if (field === "note") return true;
  return kind === "RATE" ? field !== "value" : field === "value";
}

export function isEditable(state: RowState, isOpen: boolean): boolean {
  return isOpen && state.figure?.status !== "APPROVED";
}

/** Splits clipboard text from Excel into rows of cells (tab-separated, one line per row). */
export function clipboardMatrix(textData: string): string[][] {
  const lines = textData.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  return lines.map((line) => line.split("\t").map((cell) => cell.trim().replace(/^"(.*)"$/s, "$1")));
}

export interface PastePlan {
  changes: { rowIndex: number; field: Field; value: string }[];
  /** Non-empty values that fell on cells that cannot take them (locked, not applicable, past the end). */
  ignored: number;
}

/** Where a pasted block goes, starting at (rowIndex, field): one grid row per clipboard line. */
export function planPaste(
  rows: readonly EntryRow[],
  states: ReadonlyMap<string, RowState>,
  isOpen: boolean,
  start: { rowIndex: number; field: Field },
  matrix: readonly string[][],
): PastePlan {
  const plan: PastePlan = { changes: [], ignored: 0 };
  const firstField = FIELDS.indexOf(start.field);
  matrix.forEach((cells, r) => {
    const rowIndex = start.rowIndex + r;
    const row = rows[rowIndex];
    const state = row ? states.get(row.key) : undefined;
    cells.forEach((value, c) => {
      const field = FIELDS[firstField + c];
      const usable = row && state && field && isEditable(state, isOpen) && appliesTo(row.indicator.kind, field);
      if (usable) plan.changes.push({ rowIndex, field, value });
      else if (value !== "") plan.ignored += 1;
    });
  });
  return plan;
}

export function mergeRow(row: EntryRow, s: RowState | undefined): RowState {
  if (!s) return initialState(row);
  if (isDirty(s)) return s;
  return s.figure?.version === row.figure?.version && s.figure?.status === row.figure?.status ? s : initialState(row);
}

export function takeTheirs(row: EntryRow, s: RowState): RowState {
  const base = editOf(row.indicator.kind, s.conflict ?? null);
  return { edit: base, base, version: s.conflict?.version ?? 0, figure: s.conflict ?? null, reasons: s.reasons };
}

/** The reasons a note is needed: the server's verdict, plus a jump computed as the user types. */
export function rowReasons(row: EntryRow, s: RowState) {
  const reasons = isDirty(s) ? s.reasons.filter((r) => r === "OFF_TRACK") : [...s.reasons];
  if (isDirty(s) && row.previous) {
    const value =
      row.indicator.kind === "RATE"
        ? rateOf(parseNumberInput(s.edit.numerator) ?? null, parseNumberInput(s.edit.denominator) ?? null)
        : (parseNumberInput(s.edit.value) ?? null);
    if (isJump({ kind: row.indicator.kind, decimals: row.indicator.decimals, value, previous: row.previous.value })) reasons.push("JUMP");
  }
  return reasons;
}

/** What the browser can tell about a row's typed values before saving: not a number, or the figure rules (as the server checks them). */
export function localErrors(row: EntryRow, state: RowState): FieldErrors | undefined {
  const numbers = { value: parseNumberInput(state.edit.value), numerator: parseNumberInput(state.edit.numerator), denominator: parseNumberInput(state.edit.denominator) };
  const errors: FieldErrors = {};
  for (const f of ["value", "numerator", "denominator"] as const) if (numbers[f] === undefined) errors[f] = [{ code: "notANumber" }];
  if (Object.keys(errors).length) return errors;
  const checked = validateFigureValues(row.indicator, { value: numbers.value ?? null, numerator: numbers.numerator ?? null, denominator: numbers.denominator ?? null });
  return checked.ok ? undefined : checked.fieldErrors;
}

/** The toolbar's counts: rows, rows with a stored figure, and stored figures by status. */
export function statusCounts(rows: readonly EntryRow[], states: ReadonlyMap<string, RowState>) {
  const counts = { total: rows.length, entered: 0, DRAFT: 0, SUBMITTED: 0, APPROVED: 0, RETURNED: 0 };
  for (const r of rows) {
    const status = states.get(r.key)?.figure?.status;
    if (status) {
      counts.entered += 1;
      counts[status] += 1;
    }
  }
  return counts;
}

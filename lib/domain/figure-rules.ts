// The rules a quarterly figure must satisfy for its indicator, shared by the entry grid, the
// import and the API. Errors are codes (translated by the caller) with parameters.
//
// - RATE figures are entered as numerator and denominator; the rate is computed, never typed.
//   Numerator ≤ denominator keeps the rate within 0–100 %; a zero denominator (nothing sampled)
//   has no rate and is refused — such a quarter is left empty and explained instead.
// - STOCK and FLOW figures are entered as a value with at most the indicator's decimals
//   (a count of 1.5 个 is a typing error). Values in % must lie within 0–100.
// - Counts and amounts are never negative.
// - A draft may be incomplete (a numerator without its denominator yet); a submitted figure may not.
import type { FieldErrors, FieldIssue } from "@/lib/result";
import type { IndicatorKind } from "./measure";

export type FigureField = "value" | "numerator" | "denominator" | "note";


export interface FigureIndicator {
  kind: IndicatorKind;
  unit: string;
  decimals: number;
}

export interface FigureValues {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** Largest magnitude accepted: beyond this a value is a typing error, not a statistic. */
export const MAX_FIGURE_MAGNITUDE = 1e12;
export const MAX_NOTE_LENGTH = 2000;
/** Decimals accepted for the counts of a rate (batches are whole, shares of output may not be). */
export const RATE_COUNT_DECIMALS = 4;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;

/**
 * A number from what a person typed or pasted: half- or full-width digits, thousands separators
 * and surrounding spaces are fine; anything else (units, %, two decimal points) is not.
 * Empty input is null (no value). Returns undefined when the text is not a number.
 */
export function parseNumberInput(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const text = raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00A0\u3000]/g, "");
  if (text === "") return null;
  // Thousands separators only where they group digits in threes: "1,234.5" yes, "1,2" no.
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

export function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return Number(exp[1]) + (text.split("e")[0]?.split(".")[1]?.length ?? 0);
  return text.split(".")[1]?.length ?? 0;
}

function add(errors: FieldErrors, field: string, issue: FieldIssue) {
  (errors[field] ??= []).push(issue);
}

function checkAmount(errors: FieldErrors, field: FigureField, value: number | null, maxDecimals: number) {
  if (value === null) return;
  if (value < 0) add(errors, field, { code: "negative" });
  else if (Math.abs(value) > MAX_FIGURE_MAGNITUDE) add(errors, field, { code: "tooLarge" });
  if (decimalPlaces(value) > maxDecimals) add(errors, field, { code: "tooManyDecimals", params: { decimals: maxDecimals } });
}

export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%" || unit.trim() === "％";
}

/**
 * Checks already-parsed numbers against the indicator. `complete` demands every value the kind
 * needs (for submission); without it, missing values are fine (a draft).
 */
export function validateFigureValues(
  indicator: FigureIndicator,
  input: FigureValues,
  { complete = false }: { complete?: boolean } = {},
): { ok: true; values: FigureValues } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  if (indicator.kind === "RATE") {
    if (input.value !== null) add(errors, "value", { code: "rateNeedsCounts" });
    checkAmount(errors, "numerator", input.numerator, RATE_COUNT_DECIMALS);
    checkAmount(errors, "denominator", input.denominator, RATE_COUNT_DECIMALS);
    if (complete && input.numerator === null) add(errors, "numerator", { code: "required" });
    if (complete && input.denominator === null) add(errors, "denominator", { code: "required" });
    if (input.denominator === 0) add(errors, "denominator", { code: "denominatorZero" });
    if (input.numerator !== null && input.denominator !== null && input.numerator > input.denominator && input.numerator >= 0) {
      add(errors, "numerator", { code: "numeratorExceedsDenominator" });
    }
  } else {
    if (input.numerator !== null || input.denominator !== null) {
      add(errors, input.numerator !== null ? "numerator" : "denominator", { code: "countsNotApplicable" });
    }
    checkAmount(errors, "value", input.value, Math.max(0, indicator.decimals));
    if (input.value !== null && isPercentUnit(indicator.unit) && input.value > 100) add(errors, "value", { code: "percentOutOfRange" });
    if (complete && input.value === null) add(errors, "value", { code: "required" });
  }
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const value = indicator.kind === "RATE" ? rateOf(input.numerator, input.denominator) : input.value;
  return { ok: true, values: { value, numerator: input.numerator, denominator: input.denominator } };
}

/** The rate in % from counts, or null while either is missing (no rounding: display rounds). */
export function rateOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0 || numerator < 0) return null;
  return (numerator / denominator) * 100;
}

/** Whether a figure holds every value its kind needs. */
export function isFigureComplete(kind: IndicatorKind, values: FigureValues): boolean {
  return kind === "RATE" ? values.numerator !== null && values.denominator !== null : values.value !== null;
}

/** The number a figure stands for (a RATE's rate, else its value). */
export function figureNumber(kind: IndicatorKind, values: FigureValues): number | null {
  return kind === "RATE" ? rateOf(values.numerator, values.denominator) : values.value;
}

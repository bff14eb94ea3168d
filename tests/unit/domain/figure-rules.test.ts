import { describe, expect, it } from "vitest";
import {
  decimalPlaces,
  figureNumber,
  isFigureComplete,
  parseNumberInput,
  rateOf,
  validateFigureValues,
  type FigureIndicator,
} from "@/lib/domain/figure-rules";

const RATE: FigureIndicator = { kind: "RATE", unit: "%", decimals: 1 };
const COUNT: FigureIndicator = { kind: "FLOW", unit: "个", decimals: 0 };
const AMOUNT: FigureIndicator = { kind: "FLOW", unit: "亿元", decimals: 2 };
const SHARE: FigureIndicator = { kind: "STOCK", unit: "%", decimals: 1 };
const empty = { value: null, numerator: null, denominator: null };

function codes(result: ReturnType<typeof validateFigureValues>) {
  return result.ok ? {} : Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [k, v?.map((i) => i.code)]));
}

describe("parseNumberInput", () => {
  it.each([
    ["12", 12],
    [" 12.50 ", 12.5],
    ["1,234", 1234],
    ["1,234,567.25", 1234567.25],
    ["１２３", 123],
    ["１２．５", 12.5],
    ["-3", -3],
    [".5", 0.5],
    ["0", 0],
    [7, 7],
  ])("reads %j as %j", (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it.each([["", null], ["   ", null], [null, null], [undefined, null]])("reads %j as no value", (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it.each(["abc", "12个", "95%", "1.2.3", "1,2", "12,34", "1e5", "NaN", "Infinity", "--1"])("refuses %j", (text) => {
    expect(parseNumberInput(text)).toBeUndefined();
  });

  it("refuses non-finite numbers and other types", () => {
    expect(parseNumberInput(Number.NaN)).toBeUndefined();
    expect(parseNumberInput(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseNumberInput(true)).toBeUndefined();
    expect(parseNumberInput({})).toBeUndefined();
  });
});

describe("decimalPlaces", () => {
  it("counts the decimals of plain and exponent notation", () => {
    expect(decimalPlaces(3)).toBe(0);
    expect(decimalPlaces(3.25)).toBe(2);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1.5e-7)).toBe(8);
  });
});

describe("validateFigureValues: RATE", () => {
  it("computes the rate from counts", () => {
    const result = validateFigureValues(RATE, { value: null, numerator: 95, denominator: 100 });
    expect(result).toEqual({ ok: true, values: { value: 95, numerator: 95, denominator: 100 } });
  });

  it("refuses a numerator above the denominator", () => {
    expect(codes(validateFigureValues(RATE, { value: null, numerator: 101, denominator: 100 }))).toEqual({
      numerator: ["numeratorExceedsDenominator"],
    });
  });

  it("refuses a zero denominator and negative counts", () => {
    expect(codes(validateFigureValues(RATE, { value: null, numerator: 0, denominator: 0 }))).toEqual({ denominator: ["denominatorZero"] });
    expect(codes(validateFigureValues(RATE, { value: null, numerator: -1, denominator: 10 }))).toEqual({ numerator: ["negative"] });
  });

  it("refuses a typed rate: rates come from counts", () => {
    expect(codes(validateFigureValues(RATE, { value: 95, numerator: null, denominator: null }))).toEqual({ value: ["rateNeedsCounts"] });
  });

  it("accepts half a rate as a draft but not for submission", () => {
    expect(validateFigureValues(RATE, { value: null, numerator: 5, denominator: null })).toMatchObject({ ok: true, values: { value: null } });
    expect(codes(validateFigureValues(RATE, { value: null, numerator: 5, denominator: null }, { complete: true }))).toEqual({
      denominator: ["required"],
    });
    expect(codes(validateFigureValues(RATE, empty, { complete: true }))).toEqual({ numerator: ["required"], denominator: ["required"] });
  });

  it("refuses absurd magnitudes", () => {
    expect(codes(validateFigureValues(RATE, { value: null, numerator: 1, denominator: 1e13 }))).toEqual({ denominator: ["tooLarge"] });
  });
});

describe("validateFigureValues: STOCK and FLOW", () => {
  it("accepts a count within the indicator's decimals", () => {
    expect(validateFigureValues(COUNT, { value: 3, numerator: null, denominator: null })).toEqual({
      ok: true,
      values: { value: 3, numerator: null, denominator: null },
    });
    expect(validateFigureValues(AMOUNT, { value: 12.34, numerator: null, denominator: null }).ok).toBe(true);
  });

  it("refuses more decimals than the indicator keeps", () => {
    const result = validateFigureValues(COUNT, { value: 1.5, numerator: null, denominator: null });
    expect(result).toEqual({ ok: false, fieldErrors: { value: [{ code: "tooManyDecimals", params: { decimals: 0 } }] } });
    expect(codes(validateFigureValues(AMOUNT, { value: 1.234, numerator: null, denominator: null }))).toEqual({ value: ["tooManyDecimals"] });
  });

  it("refuses negative values and percentages above 100", () => {
    expect(codes(validateFigureValues(COUNT, { value: -1, numerator: null, denominator: null }))).toEqual({ value: ["negative"] });
    expect(codes(validateFigureValues(SHARE, { value: 100.5, numerator: null, denominator: null }))).toEqual({ value: ["percentOutOfRange"] });
    expect(validateFigureValues(SHARE, { value: 100, numerator: null, denominator: null }).ok).toBe(true);
  });

  it("refuses counts for a value indicator", () => {
    expect(codes(validateFigureValues(COUNT, { value: 1, numerator: 1, denominator: 2 }))).toEqual({ numerator: ["countsNotApplicable"] });
  });

  it("requires the value for submission only", () => {
    expect(validateFigureValues(COUNT, empty).ok).toBe(true);
    expect(codes(validateFigureValues(COUNT, empty, { complete: true }))).toEqual({ value: ["required"] });
  });
});

describe("rateOf, isFigureComplete, figureNumber", () => {
  it("work per kind", () => {
    expect(rateOf(1, 4)).toBe(25);
    expect(rateOf(1, 0)).toBeNull();
    expect(rateOf(null, 4)).toBeNull();
    expect(isFigureComplete("RATE", { value: null, numerator: 1, denominator: 2 })).toBe(true);
    expect(isFigureComplete("RATE", { value: 50, numerator: 1, denominator: null })).toBe(false);
    expect(isFigureComplete("STOCK", { value: 0, numerator: null, denominator: null })).toBe(true);
    expect(figureNumber("RATE", { value: null, numerator: 1, denominator: 2 })).toBe(50);
    expect(figureNumber("FLOW", { value: 7, numerator: null, denominator: null })).toBe(7);
  });
});

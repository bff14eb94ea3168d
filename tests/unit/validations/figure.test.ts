import { describe, expect, it } from "vitest";
import { figurePutSchema, periodChangeSchema, returnSchema, zodFieldErrors } from "@/lib/validations/figure";

describe("figurePutSchema", () => {
  it("reads a JSON body with numbers or numeric text", () => {
    const parsed = figurePutSchema.parse({ indicator: " MFG_SPOT_PASS ", region: "450602", period: "2020Q3", numerator: "1,250", denominator: 1300, note: "说明" });
    expect(parsed).toEqual({
      indicator: "MFG_SPOT_PASS",
      region: "450602",
      period: { year: 2020, quarter: 3 },
      value: null,
      numerator: 1250,
      denominator: 1300,
      note: "说明",
      version: 0,
      submit: false,
    });
  });

  it("reports every bad field with a code", () => {
    const result = figurePutSchema.safeParse({ indicator: "", region: "4506", period: "2020-3", value: "12个", version: -1, submit: "yes", note: 5 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodFieldErrors(result.error)).toEqual({
      indicator: [{ code: "required" }],
      region: [{ code: "badRegionCode" }],
      period: [{ code: "badPeriod" }],
      value: [{ code: "notANumber" }],
      version: [{ code: "badVersion" }],
      submit: [{ code: "notBoolean" }],
      note: [{ code: "notText" }],
    });
  });

  it("refuses a missing body's fields and over-long notes", () => {
    const result = figurePutSchema.safeParse({ period: "2020Q3", indicator: "A", region: "450602", note: "说".repeat(2001) });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error)).toEqual({ note: [{ code: "noteTooLong" }] });
    const empty = figurePutSchema.safeParse({});
    expect(empty.success).toBe(false);
    if (!empty.success) expect(Object.keys(zodFieldErrors(empty.error)).sort()).toEqual(["indicator", "period", "region"]);
  });
});

describe("review and period schemas", () => {
  it("require a comment of two characters or more", () => {
    expect(returnSchema.safeParse({ figure: { id: 1, version: 2 }, comment: " 好 " }).success).toBe(false);
    expect(returnSchema.safeParse({ figure: { id: 1, version: 2 }, comment: "请核实" }).success).toBe(true);
  });

  it("take a due date as yyyy-mm-dd", () => {
    expect(periodChangeSchema.safeParse({ period: "2020Q4", dueDate: "2021-01-15" }).success).toBe(true);
    expect(periodChangeSchema.safeParse({ period: "2020Q4", dueDate: "15/01/2021" }).success).toBe(false);
  });
});

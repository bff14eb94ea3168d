// Axis ticks and label widths of the report's SVG charts.
import { describe, expect, it } from "vitest";
import { niceTicks, textWidth } from "@/lib/ui/chart-scale";

describe("niceTicks", () => {
  it("covers the range with round steps", () => {
    expect(niceTicks(0, 80)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(90.6, 93.1)).toEqual([90, 91, 92, 93, 94]);
    expect(niceTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
  });

  it("gives whole steps for counts, and a range around a single value", () => {
    expect(niceTicks(0, 3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 0, 5, true)).toEqual([-1, 0, 1]);
    expect(niceTicks(95, 95)).toEqual([90, 92.5, 95, 97.5, 100]);
  });

  it("accepts reversed or missing bounds", () => {
    expect(niceTicks(10, 0)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(Number.NaN, Number.NaN)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe("textWidth", () => {
  it("counts Chinese characters as square and Latin ones narrower", () => {
    expect(textWidth("产品质量", 10)).toBe(40);
    expect(textWidth("Area", 10)).toBe(24);
  });
});

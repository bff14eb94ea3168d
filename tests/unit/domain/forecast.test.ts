import { describe, expect, it } from "vitest";
import { linearFit, linearForecast } from "@/lib/domain/forecast";

describe("linearFit", () => {
  it("fits an exact line", () => {
    const fit = linearFit([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 5 },
    ]);
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
  });

  it("is the least-squares line through noisy points", () => {
    // x̄ = 1.5, ȳ = 2.5, Sxy = 4, Sxx = 5 → slope 0.8, intercept 1.3
    const fit = linearFit([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 2 },
      { x: 3, y: 4 },
    ]);
    expect(fit?.slope).toBeCloseTo(0.8, 12);
    expect(fit?.intercept).toBeCloseTo(1.3, 12);
  });

  it("has no line when x does not vary", () => {
    expect(linearFit([{ x: 1, y: 1 }])).toBeNull();
    expect(
      linearFit([
        { x: 2, y: 1 },
        { x: 2, y: 5 },
      ]),
    ).toBeNull();
  });
});

describe("linearForecast", () => {
  it("extends the line to the requested x", () => {
    const points = [
      { x: 8073, y: 84 },
      { x: 8074, y: 85.5 },
      { x: 8075, y: 87 },
    ];
    expect(linearForecast(points, 8083)).toBeCloseTo(99, 9);
  });

  it("needs at least minPoints points", () => {
    const two = [
      { x: 1, y: 1 },
      { x: 2, y: 2 },
    ];
    expect(linearForecast(two, 10)).toBeNull();
    expect(linearForecast(two, 10, 2)).toBeCloseTo(10, 12);
    expect(linearForecast([], 10)).toBeNull();
  });

  it("is null when all x are equal", () => {
    const same = [
      { x: 5, y: 1 },
      { x: 5, y: 2 },
      { x: 5, y: 3 },
    ];
    expect(linearForecast(same, 10)).toBeNull();
  });

  it("uses only the last maxPoints points by x, whatever the input order", () => {
    // An early outlier at x = 0 would bend the line; with maxPoints = 3 it is dropped.
    const points = [
      { x: 4, y: 40 },
      { x: 0, y: 1000 },
      { x: 2, y: 20 },
      { x: 3, y: 30 },
    ];
    expect(linearForecast(points, 10, 3, 3)).toBeCloseTo(100, 9);
    expect(linearForecast(points, 10, 3, 8)).not.toBeCloseTo(100, 0);
  });

  it("ignores non-finite points", () => {
    const points = [
      { x: 1, y: 10 },
      { x: 2, y: Number.NaN },
      { x: 3, y: 30 },
      { x: 4, y: 40 },
    ];
    // 10, 30, 40 at x 1, 3, 4 lie on y = 10x; the NaN at x = 2 must not count as a point.
    expect(linearForecast(points, 5)).toBeCloseTo(50, 9);
    expect(linearForecast(points.slice(0, 3), 5)).toBeNull();
  });
});

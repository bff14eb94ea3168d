import { describe, expect, it } from "vitest";
import {
  competitionRanks,
  DEFAULT_GRADE_BANDS,
  gradeOf,
  hundredthsToTenths,
  printedScore,
  rankFigures,
  roundPoints,
  toHundredths,
} from "@/lib/domain/assessment";

describe("rounding", () => {
  it("keeps item points to 2 decimals, half up, despite float noise", () => {
    expect(toHundredths(0.145)).toBe(15);
    expect(toHundredths(1.005)).toBe(101);
    expect(roundPoints(20 / 3)).toBe(6.67);
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
  });

  it("prints a total half up to one decimal", () => {
    expect(printedScore(89.95)).toBe(90);
    expect(printedScore(89.94)).toBe(89.9);
    expect(printedScore(79.95)).toBe(80);
    expect(printedScore(59.95)).toBe(60);
    expect(printedScore(59.94)).toBe(59.9);
    expect(printedScore(0)).toBe(0);
    expect(hundredthsToTenths(8995)).toBe(900);
    expect(hundredthsToTenths(8994)).toBe(899);
  });
});

describe("gradeOf", () => {
  it.each([
    [100, "A"],
    [90, "A"],
    [89.9, "B"],
    [80, "B"],
    [79.9, "C"],
    [60, "C"],
    [59.9, "D"],
    [0, "D"],
  ])("grades %s as %s with the national bands", (total, grade) => {
    expect(gradeOf(total, DEFAULT_GRADE_BANDS, false)).toBe(grade);
  });

  it("forces the lowest grade on a veto", () => {
    expect(gradeOf(98, DEFAULT_GRADE_BANDS, true)).toBe("D");
  });

  it("uses the scheme's own bands (pass / fail)", () => {
    const bands = [
      { code: "PASS", label: "合格", min: 60 },
      { code: "FAIL", label: "不合格", min: 0 },
    ];
    expect(gradeOf(60, bands, false)).toBe("PASS");
    expect(gradeOf(59.9, bands, false)).toBe("FAIL");
  });
});

describe("ranking", () => {
  it("shares ranks between ties and skips the next (1, 2, 2, 4)", () => {
    expect(competitionRanks([90, 85, 85, 70], (a, b) => b - a)).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([70, 85, 90, 85], (a, b) => b - a)).toEqual([4, 2, 1, 2]);
    expect(competitionRanks([], (a: number, b: number) => b - a)).toEqual([]);
  });

  it("ranks figures by direction, leaving out regions without one", () => {
    const figures = [
      { regionCode: "a", value: 3 },
      { regionCode: "b", value: null },
      { regionCode: "c", value: 1 },
      { regionCode: "d", value: 1.0000000000001 },
    ];
    const higher = rankFigures(figures, "HIGHER_IS_BETTER");
    expect(higher.of).toBe(3);
    expect([...higher.ranks]).toEqual([
      ["a", 1],
      ["c", 2],
      ["d", 2],
    ]);
    const lower = rankFigures(figures, "LOWER_IS_BETTER");
    expect(lower.ranks.get("c")).toBe(1);
    expect(lower.ranks.get("d")).toBe(1);
    expect(lower.ranks.get("a")).toBe(3);
    expect(lower.ranks.has("b")).toBe(false);
  });
});

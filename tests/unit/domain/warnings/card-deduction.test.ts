// A red card costs assessment points by rule: the demo scheme's deduction item counts the open red
// cards (the counter the data layer fills from the cards open at the end of the assessment period).
import { describe, expect, it } from "vitest";
import { CARD_COUNTERS, scoreAssessment } from "@/lib/domain/assessment";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";
import { fangchenggangAssessmentScheme } from "@/prisma/seed/assessment-scheme";

const scheme = assessmentSchemeSchema.parse(fangchenggangAssessmentScheme);
const region = (regionCode: string, counters: Record<string, number>) => ({ regionCode, indicators: {}, counters, given: {}, vetoes: [] });

describe("red and yellow cards in the assessment", () => {
  it("deducts 2 points per open red card and 1 per yellow card, up to each item's points", () => {
    const [clean, oneRed, twoRedOneYellow, manyRed] = scoreAssessment(scheme, [
      region("A", {}),
      region("B", { [CARD_COUNTERS.RED]: 1 }),
      region("C", { [CARD_COUNTERS.RED]: 2, [CARD_COUNTERS.YELLOW]: 1 }),
      region("D", { [CARD_COUNTERS.RED]: 5 }),
    ]);
    expect(clean?.deductions.incurred).toBe(0);
    expect(oneRed?.deductions.incurred).toBe(2);
    expect((clean?.total ?? 0) - (oneRed?.total ?? 0)).toBeCloseTo(2, 9);
    expect(twoRedOneYellow?.deductions.incurred).toBe(5);
    // The red-card item is worth 4 points at most.
    expect(manyRed?.deductions.incurred).toBe(4);
  });
});

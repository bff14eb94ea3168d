// Grade bands. The default follows the national 质量工作考核办法 (国办发〔2013〕47号):
// A ≥ 90, B ≥ 80, C ≥ 60, D below 60 — with decimals, read against the printed total.

import type { GradeBand } from "./types";

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { code: "A", label: "优秀", min: 90 },
  { code: "B", label: "良好", min: 80 },
  { code: "C", label: "合格", min: 60 },
  { code: "D", label: "不合格", min: 0 },
];

/**
 * The grade of a printed total: the first band (highest first) whose `min` it reaches; a veto
 * forces the lowest band. The scheme's validation guarantees the last band starts at 0.
 */
export function gradeOf(printedTotal: number, bands: readonly GradeBand[], vetoed: boolean): string {
  const lowest = bands.at(-1);
  if (!lowest) throw new Error("A scheme needs at least one grade band");
  if (vetoed) return lowest.code;
  return (bands.find((band) => printedTotal >= band.min) ?? lowest).code;
}

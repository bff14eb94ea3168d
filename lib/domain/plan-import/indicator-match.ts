// Suggests existing indicators for an indicator phrase read from a policy document.
import { nameSimilarity } from "./similarity";

export interface IndicatorLike {
  id: number;
  code: string;
  name: string;
  unit: string;
}

export interface IndicatorSuggestion {
  id: number;
  score: number;
}

const MIN_SCORE = 0.35;

/** Unit families: a "%" target never measures a count of "个", but 个/项/家 are interchangeable-ish. */
function unitFamily(unit: string): string {
  if (unit === "%" || unit === "‰" || unit.includes("百分点")) return "ratio";
  if (/^(个|项|家|件|只|座|所|名)$/u.test(unit)) return "count";
  return unit;
}

/**
 * The best-matching indicators, best first: name similarity, nudged up when the units agree and
 * down when they clearly do not. At most `limit`, none below a minimum score.
 */
export function suggestIndicators(
  phrase: string,
  unit: string,
  indicators: readonly IndicatorLike[],
  limit = 5,
): IndicatorSuggestion[] {
  if (phrase.trim() === "") return [];
  return indicators
    .map((indicator) => {
      const similarity = nameSimilarity(phrase, indicator.name);
      const sameUnit = indicator.unit === unit;
      const sameFamily = unitFamily(indicator.unit) === unitFamily(unit);
      const score = similarity + (sameUnit ? 0.1 : sameFamily ? 0.05 : -0.2);
      return { id: indicator.id, score: Math.max(0, Math.min(1, score)) };
    })
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
}

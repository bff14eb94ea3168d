// "A和B均达到90%以上": one value stated for two (or more) indicators is one target per indicator.
import type { Span } from "./types";

/** An indicator phrase ends in the measured quantity: 合格率, 满意度, 指数, 比重 … */
const MEASURE_END = /(?:率|度|指数|比重|占比|数量|人数|个数)$/u;
const SEPARATOR = /和|及|与|、/gu;

/**
 * The indicators of a shared clause, as spans of the indicator, or null when the clause states
 * its value for one indicator. Only "均" before the verb marks a shared value, and every part must
 * name a quantity of its own ("旅游、养老等领域顾客满意度均…" is one indicator).
 */
export function sharedIndicators(norm: string, indicator: Span, valueStart: number): Span[] | null {
  if (!norm.slice(indicator.end, valueStart).includes("均")) return null;
  const phrase = norm.slice(indicator.start, indicator.end);
  const parts: Span[] = [];
  let at = 0;
  for (const m of phrase.matchAll(SEPARATOR)) {
    parts.push({ start: indicator.start + at, end: indicator.start + m.index });
    at = m.index + m[0].length;
  }
  parts.push({ start: indicator.start + at, end: indicator.end });
  if (parts.length < 2) return null;
  const named = parts.every((p) => p.end - p.start >= 3 && MEASURE_END.test(norm.slice(p.start, p.end)));
  return named ? parts : null;
}

// Name similarity for matching a document's wording to existing records ("制造业产品质量监督抽查
// 合格率" ↔ "制造业产品监督抽查合格率"). Pure; works on simplified, punctuation-free text.
import { normaliseText } from "../extract/normalise";

/** Simplified script, no spaces or punctuation. */
export function comparable(text: string): string {
  return normaliseText(text).replace(/[\s\p{P}\p{S}]/gu, "");
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** Sørensen–Dice coefficient over character bigrams (0–1). */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of y) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of x) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Length of the longest common substring. */
export function longestCommonSubstring(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i += 1) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j += 1) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = (previous[j - 1] ?? 0) + 1;
        if ((row[j] ?? 0) > best) best = row[j] ?? 0;
      }
    }
    previous = row;
  }
  return best;
}

/** Similarity of two names (0–1): bigram overlap, plus how much of the shorter one the longer contains. */
export function nameSimilarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x.length === 0 || y.length === 0) return 0;
  if (x === y) return 1;
  const shorter = Math.min([...x].length, [...y].length);
  const covered = longestCommonSubstring(x, y) / shorter;
  return Math.min(1, 0.6 * dice(x, y) + 0.4 * covered * (shorter >= 2 ? 1 : 0.5));
}

// Axis arithmetic for the charts drawn as plain SVG (the printed report's).

/**
 * Round tick values (steps of 1, 2, 2.5 or 5 × 10^k) from at or below `min` to at or above `max`,
 * about `count` of them. With `integers`, steps are whole numbers (counts of targets).
 */
export function niceTicks(min: number, max: number, count = 5, integers = false): number[] {
  let low = Number.isFinite(min) ? min : 0;
  let high = Number.isFinite(max) ? max : 1;
  if (low > high) [low, high] = [high, low];
  if (low === high) {
    const pad = Math.abs(low) * 0.05 || 1;
    low -= pad;
    high += pad;
  }
  const raw = (high - low) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  if (integers) step = Math.max(1, Math.ceil(step));
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Approximate width of a label in an SVG at this font size: CJK characters are square, others about 0.6. */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

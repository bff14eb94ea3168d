export interface Point {
  x: number;
  y: number;
}

export interface LinearFit {
  slope: number;
  intercept: number;
}

/** Ordinary least squares; null when the x values do not spread (no line is defined). */
export function linearFit(points: readonly Point[]): LinearFit | null {
  if (points.length < 2) return null;
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx <= 1e-12) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/**
 * The value at atX of a straight line through the most recent points. Only the last
 * maxPoints (by x) are used so that an old trend does not outweigh the current one.
 */
export function linearForecast(
  points: readonly Point[],
  atX: number,
  minPoints = 3,
  maxPoints = 8,
): number | null {
  const usable = points
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x);
  const recent = usable.slice(Math.max(0, usable.length - maxPoints));
  if (recent.length < Math.max(minPoints, 2)) return null;
  const fit = linearFit(recent);
  return fit === null ? null : fit.intercept + fit.slope * atX;
}

// How the lines of a multi-line chart are told apart: colour, marker and dash together, so that a
// line is still identified in greyscale, in print or with a colour-vision deficiency. Every colour
// is at least 3:1 against white (tests/unit/ui/status-palette.test.ts).

export type Marker = "circle" | "square" | "triangle" | "diamond" | "cross" | "triangleDown";

export interface SeriesLook {
  color: string;
  marker: Marker;
  dash: string | undefined;
}

export const SERIES_COLOURS = ["#2050BD", "#B4470F", "#17653A", "#A3307F", "#6B5A0F", "#0E6E8C", "#4A0D2E", "#5C4AA8", "#8A4717", "#444444"] as const;
const MARKERS: readonly Marker[] = ["circle", "square", "triangle", "diamond", "cross", "triangleDown"];
const DASHES: readonly (string | undefined)[] = [undefined, "8 4", "2 3", "10 3 2 3"];

/** The look of the i-th line; the first ten differ in colour, marker and (from the second) dash. */
export function seriesLook(i: number): SeriesLook {
  return { color: SERIES_COLOURS[i % SERIES_COLOURS.length]!, marker: MARKERS[i % MARKERS.length]!, dash: DASHES[i % DASHES.length] };
}

/** An SVG path for a marker of this size centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r: number): string {
  switch (marker) {
    case "circle":
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case "square":
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "triangle":
      return `M${x},${y - r * 1.15}L${x + r * 1.1},${y + r * 0.85}L${x - r * 1.1},${y + r * 0.85}Z`;
    case "triangleDown":
      return `M${x},${y + r * 1.15}L${x + r * 1.1},${y - r * 0.85}L${x - r * 1.1},${y - r * 0.85}Z`;
    case "diamond":
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
    case "cross":
      return `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`;
  }
}

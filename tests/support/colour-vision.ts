// Colour arithmetic for the accessibility tests: WCAG 2.1 contrast, colour-vision-deficiency
// simulation (Machado, Oliveira & Fernandes 2009, severity 1.0, applied in linear RGB) and CIELAB
// distance. Colours are "#rrggbb" or the "rgb(r, g, b)" / "rgba(…)" strings getComputedStyle returns.

export type Rgb = readonly [number, number, number];

export function parseColour(text: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(text.trim());
  if (hex?.[1]) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)) as unknown as Rgb;
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(text.trim());
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`not a colour: ${text}`);
}

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

function luminanceOfLinear([r, g, b]: Rgb): number {
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function luminance(colour: string): number {
  return luminanceOfLinear(parseColour(colour).map(toLinear) as unknown as Rgb);
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia";

const MATRICES: Record<Exclude<Vision, "normal">, readonly Rgb[]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** The colour as seen with this vision, in linear RGB. */
function simulate(colour: string, vision: Vision): Rgb {
  const linear = parseColour(colour).map(toLinear) as unknown as Rgb;
  if (vision === "normal") return linear;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return MATRICES[vision].map(([r, g, b]) => clamp(r * linear[0] + g * linear[1] + b * linear[2])) as unknown as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIELAB ΔE (1976) between two colours as seen with this vision. */
export function distance(a: string, b: string, vision: Vision): number {
  const [p, q] = [lab(simulate(a, vision)), lab(simulate(b, vision))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

export const VISIONS: readonly Vision[] = ["normal", "protanopia", "deuteranopia", "tritanopia"];

/** The closest pair of these colours under each vision. */
export function closestPairs(colours: Record<string, string>): { vision: Vision; a: string; b: string; distance: number }[] {
  const names = Object.keys(colours);
  return VISIONS.map((vision) => {
    let best = { vision, a: "", b: "", distance: Infinity };
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1)) {
        const d = distance(colours[a]!, colours[b]!, vision);
        if (d < best.distance) best = { vision, a, b, distance: d };
      }
    return best;
  });
}

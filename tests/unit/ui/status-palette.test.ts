// Issue 18, problem 6: the one status palette meets contrast as mark and as text, and its marks
// stay apart for the common colour-vision deficiencies.
import { describe, expect, it } from "vitest";
import { SERIES_COLOURS, seriesLook } from "@/lib/ui/series-style";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";
import { closestPairs, contrast } from "../../support/colour-vision";

const WHITE = "#FFFFFF";
const PAGE = "#F8FAFC"; // slate-50, behind the cards

describe("status palette", () => {
  it.each(STATUS_DISPLAY_ORDER)("%s: mark ≥ 3:1, glyph on mark ≥ 4.5:1, text ≥ 4.5:1 on white and its tint", (status) => {
    const look = STATUS_STYLE[status];
    expect(contrast(look.color, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrast(look.color, PAGE)).toBeGreaterThanOrEqual(3);
    expect(contrast(look.onColor, look.color)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(look.ink, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(look.ink, look.tint)).toBeGreaterThanOrEqual(4.5);
    // A badge's tint is a background, not a mark: it must not be mistaken for one.
    expect(contrast(look.tint, WHITE)).toBeLessThan(1.2);
  });

  it("marks stay apart (ΔE ≥ 20) under normal vision, protanopia, deuteranopia and tritanopia", () => {
    const marks = Object.fromEntries(STATUS_DISPLAY_ORDER.map((s) => [s, STATUS_STYLE[s].color]));
    for (const pair of closestPairs(marks)) expect(pair.distance, `${pair.vision}: ${pair.a} vs ${pair.b}`).toBeGreaterThanOrEqual(20);
  });

  it("the previous Okabe–Ito palette fails: amber under 3:1, achieved and no data merge under deuteranopia", () => {
    const old = { ACHIEVED: "#009E73", ON_TRACK: "#0072B2", AT_RISK: "#E69F00", OFF_TRACK: "#D55E00", MISSED: "#882255", NO_DATA: "#8C8C8C" };
    expect(contrast(old.AT_RISK, WHITE)).toBeLessThan(3);
    const deut = closestPairs(old).find((p) => p.vision === "deuteranopia");
    expect(deut).toMatchObject({ a: "ACHIEVED", b: "NO_DATA" });
    expect(deut!.distance).toBeLessThan(20);
  });

  it("every glyph is distinct, so status never rests on colour", () => {
    expect(new Set(STATUS_DISPLAY_ORDER.map((s) => STATUS_STYLE[s].icon)).size).toBe(STATUS_DISPLAY_ORDER.length);
  });
});

describe("line chart series", () => {
  it("every series colour is at least 3:1 against white and the first ten looks differ in marker and dash", () => {
    for (const colour of SERIES_COLOURS) expect(contrast(colour, WHITE), colour).toBeGreaterThanOrEqual(3);
    const looks = Array.from({ length: 10 }, (_, i) => seriesLook(i));
    expect(new Set(looks.map((l) => `${l.marker}|${l.dash ?? ""}`)).size).toBe(10);
  });
});

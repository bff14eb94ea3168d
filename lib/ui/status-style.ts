// One look per status everywhere (overview, entry, review, reports, exports): a mark colour, a glyph
// and a text label always together. The colours were chosen by computation (tests/unit/status-palette
// checks them): each mark is at least 3:1 against white, its glyph (black or white) at least 4.5:1
// on the mark, each text colour at least 4.5:1 on white and on its tint, and the six marks stay
// apart (CIELAB ΔE ≥ 20) under normal vision and simulated protanopia, deuteranopia and tritanopia.
import type { TargetStatus } from "@/lib/domain";

export interface StatusLook {
  /** Fill of a mark: matrix square, chart segment, sparkline. */
  color: string;
  /** The glyph drawn on a `color` mark. */
  onColor: string;
  /** Text and glyphs on white or on `tint`. */
  ink: string;
  /** Background of a badge. */
  tint: string;
  icon: string;
}

export const STATUS_STYLE: Record<TargetStatus, StatusLook> = {
  ACHIEVED: { color: "#299C5D", onColor: "#000000", ink: "#17653A", tint: "#EDF8F1", icon: "✓" },
  ON_TRACK: { color: "#2050BD", onColor: "#FFFFFF", ink: "#2050BD", tint: "#EEF3FC", icon: "↗" },
  AT_RISK: { color: "#A48A19", onColor: "#000000", ink: "#6B5A0F", tint: "#FBF6E3", icon: "!" },
  OFF_TRACK: { color: "#8A4717", onColor: "#FFFFFF", ink: "#8A4717", tint: "#FBF1EA", icon: "✕" },
  MISSED: { color: "#4A0D2E", onColor: "#FFFFFF", ink: "#4A0D2E", tint: "#F8EDF3", icon: "⊘" },
  NO_DATA: { color: "#626262", onColor: "#FFFFFF", ink: "#525252", tint: "#F3F4F6", icon: "?" },
};

/** Display order: best news last, as officials read from problems down. */
export const STATUS_DISPLAY_ORDER: readonly TargetStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK", "ON_TRACK", "ACHIEVED", "NO_DATA"];

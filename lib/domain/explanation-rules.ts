// When a figure needs an explanation before it is submitted (docs/design.md, "Explanations").
//
// - OFF_TRACK: with this figure, the region's target for the indicator is off track or missed.
// - JUMP: the figure moves far from last quarter's — an outlier check in the spirit of DHIS2's
//   min–max values, kept simple enough to explain on screen:
//   RATE: by more than `rateJumpPoints` percentage points;
//   STOCK/FLOW: by more than `jumpShare` of last quarter's value, where for whole-number counts a
//   change of up to `minCountJump` units is never a jump (0 → 1 new brand is news, not an error).
//   Without last quarter's figure there is nothing to compare with, so no JUMP.
import type { IndicatorKind } from "./measure";
import type { TargetStatus } from "./status";

export interface EntryCheckSettings {
  jumpShare: number;
  rateJumpPoints: number;
  minCountJump: number;
}

export const DEFAULT_ENTRY_CHECKS: EntryCheckSettings = {
  jumpShare: 0.5,
  rateJumpPoints: 10,
  minCountJump: 2,
};

export type ExplanationReason = "OFF_TRACK" | "JUMP";

export interface JumpInput {
  kind: IndicatorKind;
  decimals: number;
  /** This quarter's number (a RATE's rate in %). */
  value: number | null;
  /** Last quarter's number, or null when there was none. */
  previous: number | null;
}

export function isJump(input: JumpInput, settings: EntryCheckSettings = DEFAULT_ENTRY_CHECKS): boolean {
  const { value, previous } = input;
  if (value === null || previous === null || !Number.isFinite(value) || !Number.isFinite(previous)) return false;
  const change = Math.abs(value - previous);
  if (input.kind === "RATE") return change > settings.rateJumpPoints + 1e-9;
  if (input.decimals === 0 && change <= settings.minCountJump) return false;
  return change > settings.jumpShare * Math.abs(previous) + 1e-9;
}

export function isOffTrackStatus(status: TargetStatus | null): boolean {
  return status === "OFF_TRACK" || status === "MISSED";
}

/** The reasons this figure needs a note; empty when none is required. */
export function explanationReasons(
  input: JumpInput & { targetStatus: TargetStatus | null },
  settings: EntryCheckSettings = DEFAULT_ENTRY_CHECKS,
): ExplanationReason[] {
  const reasons: ExplanationReason[] = [];
  if (input.value !== null && isOffTrackStatus(input.targetStatus)) reasons.push("OFF_TRACK");
  if (isJump(input, settings)) reasons.push("JUMP");
  return reasons;
}

/** Minimum length of an explanation: two characters say more than a stray keystroke. */
export const MIN_NOTE_LENGTH = 2;

export function hasExplanation(note: string): boolean {
  return note.trim().length >= MIN_NOTE_LENGTH;
}

// When a card may be lifted (销号): its targets back on track for the set number of consecutive
// quarters and every rectification task done. The office confirms; this only proposes.
import type { TargetStatus } from "../status";

const RECOVERED: ReadonlySet<TargetStatus> = new Set<TargetStatus>(["ACHIEVED", "ON_TRACK"]);

export interface LiftInput {
  /** Per target the card is about: its statuses in the latest quarters, latest first. */
  statuses: readonly (readonly TargetStatus[])[];
  tasks: readonly { status: "OPEN" | "DONE" }[];
  liftQuarters: number;
}

export type LiftBlocker = "NO_TASKS" | "TASKS_OPEN" | "NOT_RECOVERED";

/**
 * Why the card cannot be lifted yet (empty: lifting can be proposed). A card without any task
 * has not been rectified, so it is not proposed; a card about no target (a veto or a manual card
 * naming none) waits only for its tasks.
 */
export function liftBlockers(input: LiftInput): LiftBlocker[] {
  const blockers: LiftBlocker[] = [];
  if (input.tasks.length === 0) blockers.push("NO_TASKS");
  else if (input.tasks.some((t) => t.status !== "DONE")) blockers.push("TASKS_OPEN");
  const quarters = Math.max(1, Math.floor(input.liftQuarters));
  const recovered = input.statuses.every((s) => s.length >= quarters && s.slice(0, quarters).every((status) => RECOVERED.has(status)));
  if (!recovered) blockers.push("NOT_RECOVERED");
  return blockers;
}

const DAY_MS = 86_400_000;

/** A task not done is overdue once its deadline day (stored as that day's 00:00 UTC) is over. */
export function isTaskOverdue(task: { status: "OPEN" | "DONE"; deadline: Date }, now: Date): boolean {
  return task.status === "OPEN" && now.getTime() >= task.deadline.getTime() + DAY_MS;
}

// When a quarter's figures are overdue. A reporting period's due date is a calendar day (stored as
// that day's UTC midnight); the departments work on Beijing time (UTC+8, no daylight saving), so a
// figure entered at any time on the due day, Beijing time, is on time, and the period is past due
// from 00:00 Beijing time the next day. A department is overdue when the period is past due and it
// has not submitted every figure expected of it.

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The instant the due day ends: 24:00 Beijing time of the due date's calendar day. */
export function dueDayEnd(dueDate: Date): Date {
  return new Date(Date.UTC(dueDate.getUTCFullYear(), dueDate.getUTCMonth(), dueDate.getUTCDate() + 1) - BEIJING_OFFSET_MS);
}

/** The due day has ended, Beijing time. */
export function isPastDue(dueDate: Date, now: Date): boolean {
  return now.getTime() >= dueDayEnd(dueDate).getTime();
}

/** Figures still owed (fewer submitted than expected) after the due day has ended. */
export function isOverdue(count: { expected: number; submitted: number }, isPeriodPastDue: boolean): boolean {
  return isPeriodPastDue && count.submitted < count.expected;
}

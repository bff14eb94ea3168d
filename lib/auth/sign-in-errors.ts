// The error code a locked sign-in returns to the form ("locked:<seconds to wait>"), both ways.
const LOCKED = /^locked:(\d+)$/;

export const lockedError = (retryAfterSeconds: number) => `locked:${retryAfterSeconds}`;

/** Minutes to wait (rounded up) when the sign-in error is a lock; null otherwise. */
export function lockedMinutes(error: string | null | undefined): number | null {
  const match = error ? LOCKED.exec(error) : null;
  return match ? Math.max(1, Math.ceil(Number(match[1]) / 60)) : null;
}

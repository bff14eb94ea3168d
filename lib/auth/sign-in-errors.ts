// How long a locked sign-in must wait, in whole minutes as the sign-in form says it.
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

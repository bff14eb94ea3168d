// A small concurrency limit with a bounded queue, for the PDF renders: each render holds a Chromium
// page (hundreds of MB, seconds of CPU), so at most `concurrency` run at once, up to `maxQueued` wait,
// and any further request is refused at once (the route answers 503 with Retry-After). The state is
// in this process's memory: the limit holds per app server, which is what protects that server's
// memory; several app servers each have their own.

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("too many renders in progress");
  }
}

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly queued: number;
}

export function createLimiter(options: { concurrency: number; maxQueued: number; retryAfterSeconds: number }): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= options.concurrency) {
        if (waiting.length >= options.maxQueued) throw new QueueFullError(options.retryAfterSeconds);
        // The slot is handed over by release(): `active` stays counted for the waiter.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active += 1;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/** The 503 answer for a full queue, with the time to wait. */
export function busy(message: string, retryAfterSeconds: number): Response {
  return Response.json({ error: { code: "UNAVAILABLE", message } }, { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/** A positive whole number from the environment, else the default. */
export function positiveIntFromEnv(name: string, fallback: number, env: Record<string, string | undefined> = process.env): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

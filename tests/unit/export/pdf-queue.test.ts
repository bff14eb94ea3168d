// The PDF render limit: at most N renders at once, a bounded queue, and an immediate refusal beyond it.
import { describe, expect, it } from "vitest";
import { QueueFullError, createLimiter, positiveIntFromEnv } from "@/lib/export/pdf-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("createLimiter", () => {
  it("runs at most `concurrency` tasks, queues up to `maxQueued`, and refuses the next with a retry time", async () => {
    const limiter = createLimiter({ concurrency: 2, maxQueued: 1, retryAfterSeconds: 7 });
    const gates = [deferred(), deferred(), deferred()];
    let running = 0;
    let most = 0;
    const tasks = gates.map((gate, i) =>
      limiter.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
        return i;
      }),
    );
    await Promise.resolve();
    expect([limiter.active, limiter.queued]).toEqual([2, 1]);
    const refused = limiter.run(async () => "never");
    await expect(refused).rejects.toBeInstanceOf(QueueFullError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 7 });
    gates.forEach((g) => g.resolve());
    expect(await Promise.all(tasks)).toEqual([0, 1, 2]);
    expect(most).toBe(2);
    expect([limiter.active, limiter.queued]).toEqual([0, 0]);
  });

  it("frees the slot when a task fails", async () => {
    const limiter = createLimiter({ concurrency: 1, maxQueued: 0, retryAfterSeconds: 1 });
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => "next")).toBe("next");
  });
});

describe("positiveIntFromEnv", () => {
  it("reads a positive whole number, else falls back", () => {
    expect(positiveIntFromEnv("X", 2, { X: "3" })).toBe(3);
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc"]) expect(positiveIntFromEnv("X", 2, { X: bad })).toBe(2);
  });
});

// Runs one job in a fresh worker thread with a time limit and a heap limit: past the time limit the
// worker is terminated, so a runaway job costs at most that long and never the request thread.
import "server-only";
import { Worker } from "node:worker_threads";
import { workerFile, type WorkerName } from "./worker-files";

export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; reason: "timeout" | "failed"; error?: unknown };

/** A worker's heap ceiling (MB): a job that needs more fails instead of growing the server. */
const WORKER_HEAP_MB = 512;

export function runInWorker<T>(name: WorkerName, data: unknown, timeLimitMs: number): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile(name), { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let settled = false;
    const settle = (outcome: WorkerOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const timer = setTimeout(() => settle({ ok: false, reason: "timeout" }), timeLimitMs);
    worker.once("message", (value: T) => settle({ ok: true, value }));
    worker.once("error", (error) => settle({ ok: false, reason: "failed", error }));
    worker.once("exit", (code) => settle({ ok: false, reason: "failed", error: new Error(`worker exited with code ${code}`) }));
  });
}

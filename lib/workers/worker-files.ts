// Code that runs in a worker thread is bundled to plain JavaScript of its own (scripts/start/
// build-workers.ts, by `npm run build`, `npm run dev` and the test setup), because Next bundles the
// server's code into chunks a worker cannot load. The app loads each bundle by absolute path.
import path from "node:path";

/** Each worker's entry (TypeScript source, relative to the project root) by its name. */
export const WORKER_ENTRIES = { analysis: "lib/workers/analysis-worker.ts" } as const;

export type WorkerName = keyof typeof WORKER_ENTRIES;

/** The folder of the bundles, under the project root the server runs in. */
export function workersDir(root: string = process.cwd()): string {
  return path.join(root, ".next", "workers");
}

export function workerFile(name: WorkerName, root?: string): string {
  return path.join(workersDir(root), `${name}.mjs`);
}

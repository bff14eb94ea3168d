// Bundles each worker thread's entry (lib/workers/worker-files.ts) to one plain JavaScript file the
// server loads at run time: `next build` bundles server code into chunks a worker cannot load.
import path from "node:path";
import { buildSync } from "esbuild";
import { WORKER_ENTRIES, workerFile } from "@/lib/workers/worker-files";

export function buildWorkers(root: string = process.cwd()) {
  for (const [name, entry] of Object.entries(WORKER_ENTRIES) as [keyof typeof WORKER_ENTRIES, string][]) {
    buildSync({
      entryPoints: [path.join(root, entry)],
      outfile: workerFile(name, root),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      tsconfig: path.join(root, "tsconfig.json"),
      logLevel: "warning",
    });
  }
}

// The concurrency run: N signed-in users at once, each requesting pages of its role one after
// another (mixed: every page the role uses, in turn) for a fixed time. Counts every answer that is
// not 200 as an error.
import { performance } from "node:perf_hooks";
import { percentile } from "./stats";
import type { BenchSession } from "./session";

export interface LoadResult {
  users: number;
  seconds: number;
  requests: number;
  errors: number;
  /** The first few errors, as "status path". */
  errorSamples: string[];
  p50: number;
  p95: number;
  p99: number;
}

/** `clients[i]`: a session and the paths it cycles through; user i uses clients[i % clients.length]. */
export async function runLoad(clients: readonly { session: BenchSession; paths: readonly string[] }[], users: number, seconds: number): Promise<LoadResult> {
  const samples: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const user = async (i: number) => {
    const client = clients[i % clients.length];
    if (!client || client.paths.length === 0) return;
    // Users of one role start at different pages, so the mix is spread from the first second.
    for (let n = i; performance.now() < deadline; n += 1) {
      const path = client.paths[n % client.paths.length] ?? "/";
      try {
        const res = await client.session.get(path);
        samples.push(res.ms);
        if (res.status !== 200) {
          errors += 1;
          if (errorSamples.length < 5) errorSamples.push(`${res.status} ${path}`);
        }
      } catch (error) {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(`${error instanceof Error ? error.message : String(error)} ${path}`);
      }
    }
  };
  await Promise.all(Array.from({ length: users }, (_, i) => user(i)));
  const elapsed = (performance.now() - started) / 1000;
  return {
    users,
    seconds: elapsed,
    requests: samples.length,
    errors,
    errorSamples,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

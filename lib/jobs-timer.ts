// Inside each app server: a timer that only triggers a claim of the due jobs every minute. Which
// server runs a job is decided by the job rows in the database (lib/data/jobs/runner.ts), so
// several servers never run the same occurrence twice. JOBS_IN_APP=off leaves the jobs to cron.
import { log } from "@/lib/log";

const TICK_MS = 60_000;

export function startJobsTimer(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.JOBS_IN_APP === "off") return false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { runDueJobs } = await import("@/lib/data/jobs/runner");
      await runDueJobs();
    } catch (err) {
      log.error({ err }, "scheduled jobs tick failed");
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), TICK_MS).unref();
  return true;
}

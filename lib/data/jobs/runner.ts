// Scheduled work shared by every app server and the cron command. Each job has one row; a runner
// claims a due job with one conditional update (next run passed, no live lock), so exactly one
// runner runs each occurrence however many servers try at once. A timer or cron only triggers a
// claim; nothing about the schedule lives in a process's memory.
import "server-only";
import os from "node:os";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { nextDailyRun } from "@/lib/domain/notifications";
import { log } from "@/lib/log";
import { deliverDigests, deliverPendingEmails } from "../notifications/mail";
import { raiseScheduledNotifications } from "../notifications/reminders";

const MINUTE = 60_000;
/** A claim older than this belongs to a runner that died: another may take the job over. */
const LOCK_MS = 15 * MINUTE;

interface Job {
  next: (now: Date) => Date;
  run: (now: Date, runnerId: string) => Promise<unknown>;
}

/**
 * In order: raise the reminders (and mail them at once), mail what actions raised meanwhile, then
 * (once a day, 08:00 Beijing time) the digests. Mail rows are claimed one by one, so a runner
 * mailing while another does never sends a row twice.
 */
export const JOBS: Record<"reminders" | "mail" | "digest", Job> = {
  reminders: {
    next: (now) => new Date(now.getTime() + 60 * MINUTE),
    run: async (now, runnerId) => ({ raised: await raiseScheduledNotifications(now), mail: await deliverPendingEmails(runnerId, now) }),
  },
  mail: { next: (now) => new Date(now.getTime() + MINUTE), run: (now, runnerId) => deliverPendingEmails(runnerId, now) },
  digest: { next: (now) => nextDailyRun(now, 0), run: (now, runnerId) => deliverDigests(runnerId, now) },
};
export type JobName = keyof typeof JOBS;

export function newRunnerId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

async function ensureJobRows(now: Date) {
  const values = Object.keys(JOBS).map((name) => Prisma.sql`(${name}, ${now}, 0)`);
  await db.$executeRaw`INSERT INTO "scheduled_jobs" ("name", "next_run_at", "run_count") VALUES ${Prisma.join(values)} ON CONFLICT ("name") DO NOTHING`;
}

/**
 * Takes the job if it is due (or `force`) and nobody holds it; true when this runner got it. The
 * update is a compare-and-set on what was read (run count and holder), one SQL statement, so of
 * runners racing for the same occurrence exactly one changes the row.
 */
export async function claimJob(name: JobName, runnerId: string, now: Date, force = false): Promise<boolean> {
  const job = await db.scheduledJob.findUnique({ where: { name } });
  if (!job) return false;
  const isDue = force || job.nextRunAt.getTime() <= now.getTime();
  const isFree = job.lockedUntil === null || job.lockedUntil.getTime() < now.getTime();
  if (!isDue || !isFree) return false;
  const until = new Date(now.getTime() + LOCK_MS);
  const holder = job.lockedBy === null ? Prisma.sql`"locked_by" IS NULL` : Prisma.sql`"locked_by" = ${job.lockedBy}`;
  const changed = await db.$executeRaw`UPDATE "scheduled_jobs" SET "locked_by" = ${runnerId}, "locked_until" = ${until}
    WHERE "name" = ${name} AND "run_count" = ${job.runCount} AND ${holder}`;
  return changed === 1;
}

async function releaseJob(name: JobName, runnerId: string, now: Date, error: string | null) {
  await db.scheduledJob.updateMany({
    where: { name, lockedBy: runnerId },
    data: { lockedBy: null, lockedUntil: null, lastRunAt: now, lastError: error, nextRunAt: JOBS[name].next(now), runCount: { increment: 1 } },
  });
}

export type JobReport = Partial<Record<JobName, { ran: boolean; result?: unknown; error?: string }>>;

/** Runs every job that is due and free, once; `force` runs them even before their next time. */
export async function runDueJobs(options: { now?: Date; runnerId?: string; force?: boolean } = {}): Promise<JobReport> {
  const now = options.now ?? new Date();
  const runnerId = options.runnerId ?? newRunnerId();
  await ensureJobRows(now);
  const report: JobReport = {};
  for (const name of Object.keys(JOBS) as JobName[]) {
    if (!(await claimJob(name, runnerId, now, options.force))) {
      report[name] = { ran: false };
      continue;
    }
    try {
      const result = await JOBS[name].run(now, runnerId);
      await releaseJob(name, runnerId, now, null);
      report[name] = { ran: true, result };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      log.error({ err, job: name, runnerId }, "scheduled job failed");
      await releaseJob(name, runnerId, now, message.slice(0, 500));
      report[name] = { ran: false, error: message };
    }
  }
  return report;
}

// Analysing a policy document's text for the import review, in a worker thread (lib/workers/): with a
// time limit, so that no text, however long it takes, holds the server's other requests, and with a
// cap on analyses at once, so that a burst of them cannot take every core and the memory of their
// workers. Past either, the text field says so.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { DocumentAnalysis } from "@/lib/domain/plan-import/analyse";
import { log } from "@/lib/log";
import { can } from "@/lib/permissions";
import { failure, invalidField, success } from "@/lib/result";
import { runInWorker } from "@/lib/workers/run-in-worker";
import { regionInScope } from "../scope";

export type { DocumentAnalysis };

/** How long one analysis may run before its worker is ended (seconds; `ANALYSIS_TIME_LIMIT_SECONDS`). */
export const ANALYSIS_TIME_LIMIT_SECONDS = 15;
/** Analyses running at once in this app server (`ANALYSIS_CONCURRENCY`); a further one is refused. */
export const ANALYSIS_CONCURRENCY = 2;

function positiveSetting(name: string, fallback: number): number {
  const configured = Number(process.env[name]);
  return Number.isFinite(configured) && configured > 0 ? configured : fallback;
}

let running = 0;

/**
 * Reads the targets out of a document's text for review: candidates with suggested indicators and
 * departments, the plan's metadata, and the region the document is about (if in scope).
 */
export async function analyseDocument(user: SessionUser, text: string) {
  if (!can(user, "plan.manage")) return failure("FORBIDDEN");
  if (running >= positiveSetting("ANALYSIS_CONCURRENCY", ANALYSIS_CONCURRENCY)) return invalidField("text", "admin.import.errors.analysisBusy");
  running++;
  try {
    const [indicators, departments, regions] = await Promise.all([
      db.indicator.findMany({ where: { active: true }, select: { id: true, code: true, name: true, unit: true } }),
      db.department.findMany({ where: { active: true }, select: { id: true, code: true, name: true, shortName: true } }),
      db.region.findMany({ where: { active: true, ...regionInScope(user) }, select: { id: true, name: true } }),
    ]);
    const seconds = positiveSetting("ANALYSIS_TIME_LIMIT_SECONDS", ANALYSIS_TIME_LIMIT_SECONDS);
    const outcome = await runInWorker<DocumentAnalysis>("analysis", { text, references: { indicators, departments, regions } }, seconds * 1000);
    if (outcome.ok) return success(outcome.value);
    if (outcome.reason === "timeout") {
      log.warn({ userId: user.id, characters: text.length, seconds }, "document analysis ended at its time limit");
      return invalidField("text", "admin.import.errors.analysisTimeout", { seconds });
    }
    log.error({ userId: user.id, characters: text.length, err: outcome.error }, "document analysis failed");
    return invalidField("text", "admin.import.errors.analysisFailed");
  } finally {
    running--;
  }
}

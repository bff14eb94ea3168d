// The prologue of the pages that show one reporting period (review, completeness): the capability,
// the `?period=` query, the period it picks, and 404 when the user may not see the page or there is
// no period at all.
import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { listPeriods, pickPeriod, type PeriodView } from "@/lib/data/periods";
import { parsePeriod } from "@/lib/domain";
import { can, type Capability } from "@/lib/permissions";

/** `?period=2020Q3`; anything unreadable counts as absent (the page then shows the default period). */
export const periodQuery = z.string().optional().catch(undefined);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface PeriodPage<T> {
  user: SessionUser;
  params: T;
  /** The requested period when it exists, else the open one, else the newest. */
  period: PeriodView;
  /** Every period, for the period picker. */
  periods: PeriodView[];
}

export async function loadPeriodPage<T extends { period?: string }>(capability: Capability, schema: z.ZodType<T>, searchParams: SearchParams): Promise<PeriodPage<T>> {
  const user = await requireUser();
  if (!can(user, capability)) notFound();
  const params = schema.parse(await searchParams);
  const periods = await listPeriods();
  const period = pickPeriod(periods, params.period ? parsePeriod(params.period) : null);
  if (!period) notFound();
  return { user, params, period, periods };
}

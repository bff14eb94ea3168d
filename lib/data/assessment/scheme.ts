// Loads an assessing region's scheme for a year: its current (highest) version, parsed with the
// same zod schema that checked it on the way in, so the engine only ever sees a valid scheme.
import "server-only";
import { z } from "zod";
import type { DbWriter } from "@/lib/db-client";
import type { AssessmentScheme, GivenScore } from "@/lib/domain/assessment";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";

export interface StoredScheme {
  id: number;
  year: number;
  /** The scheme's own name for the year (e.g. "2020年度…"). */
  title: string;
  version: number;
  versionId: number;
  appealDays: number;
  periodEnd: Date;
  lockedAt: Date | null;
  definition: AssessmentScheme;
}

export async function loadScheme(db: DbWriter, regionId: number, year: number): Promise<StoredScheme | null> {
  const row = await db.assessmentScheme.findUnique({
    where: { regionId_year: { regionId, year } },
    select: {
      id: true,
      year: true,
      name: true,
      periodEnd: true,
      appealDays: true,
      lockedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true, definition: true } },
    },
  });
  const current = row?.versions[0];
  if (!row || !current) return null;
  const definition = assessmentSchemeSchema.parse(JSON.parse(current.definition));
  return { id: row.id, year: row.year, title: row.name, version: current.version, versionId: current.id, appealDays: row.appealDays, periodEnd: row.periodEnd, lockedAt: row.lockedAt, definition };
}

const countersSchema = z.record(z.string(), z.number().finite());
const vetoesSchema = z.array(z.string());

/** What was entered for one assessed region: counters, vetoes, the given scores (verified before self-assessed) and the self-assessed ones alone. */
export interface EnteredInputs {
  status: string;
  counters: Record<string, number>;
  vetoes: string[];
  given: Record<string, GivenScore>;
  selfGiven: Record<string, GivenScore>;
}

/** The stored results of a scheme by region id; a verified score counts before a self-assessed one. */
export async function loadEnteredInputs(db: DbWriter, schemeId: number): Promise<Map<number, EnteredInputs>> {
  const rows = await db.assessmentResult.findMany({
    where: { schemeId },
    select: {
      regionId: true,
      status: true,
      counters: true,
      vetoes: true,
      items: { select: { itemCode: true, selfPoints: true, selfReason: true, verifiedPoints: true, verifiedReason: true } },
    },
  });
  return new Map(
    rows.map((r) => {
      const given: Record<string, GivenScore> = {};
      const selfGiven: Record<string, GivenScore> = {};
      for (const item of r.items) {
        if (item.selfPoints !== null) selfGiven[item.itemCode] = { points: item.selfPoints, reason: item.selfReason };
        if (item.verifiedPoints !== null) given[item.itemCode] = { points: item.verifiedPoints, reason: item.verifiedReason };
        else if (item.selfPoints !== null) given[item.itemCode] = { points: item.selfPoints, reason: item.selfReason };
      }
      return [
        r.regionId,
        { status: r.status, counters: countersSchema.parse(JSON.parse(r.counters)), vetoes: vetoesSchema.parse(JSON.parse(r.vetoes)), given, selfGiven },
      ];
    }),
  );
}

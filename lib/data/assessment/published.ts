// A publication's stored results: the engine's output per region as published (with the
// self-assessed scores beside it), so that the table, the notice and the API show exactly what was
// published however the figures change afterwards. The JSON is written only by publishing.
import "server-only";
import { z } from "zod";
import type { DbWriter } from "@/lib/db-client";
import type { RegionScore } from "@/lib/domain/assessment";

const regionScore = z.custom<RegionScore>(
  (value) => typeof value === "object" && value !== null && "total" in value && "items" in value && Array.isArray((value as { items: unknown }).items),
);

const publishedSchema = z.object({
  regions: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable(), score: regionScore, selfScore: regionScore })),
  indicators: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable(), unit: z.string() })),
});

export type PublishedResults = z.output<typeof publishedSchema>;

export interface StoredPublication {
  id: number;
  version: number;
  publishedAt: Date;
  appealDeadline: Date;
  correction: string;
  results: PublishedResults;
}

export function serializePublished(results: PublishedResults): string {
  return JSON.stringify(results);
}

/** The scheme's publications, newest first (the first is the one in force). */
export async function loadPublications(db: DbWriter, schemeId: number): Promise<StoredPublication[]> {
  const rows = await db.assessmentPublication.findMany({
    where: { schemeId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true, appealDeadline: true, correction: true, results: true },
  });
  return rows.map((row) => ({ ...row, results: publishedSchema.parse(JSON.parse(row.results)) }));
}

// The published notice (通报) of a year's assessment: every assessed region's rank, total, grade,
// vetoes and main points lost, from the publication in force, with the corrections of later
// versions. Anyone who may see the year's assessment may read it (it is addressed to all regions).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { schemeItems, type AssessmentScheme } from "@/lib/domain/assessment";
import { can, isPathInScope } from "@/lib/permissions";
import { failure, type Result } from "@/lib/result";
import type { Correction } from "./appeals";
import { loadPublications } from "./published";
import { loadScheme } from "./scheme";
import { parentPath } from "./year";

export interface NoticeRow {
  code: string;
  name: string;
  nameEn: string | null;
  rank: number;
  total: number;
  grade: string;
  gradeLabel: string;
  vetoes: string[];
  /** The items that cost most: deductions taken, then main items' points lost, largest first (at most 3 of the latter). */
  losses: { kind: "DEDUCTED" | "LOST"; item: string; points: number }[];
}

export interface Notice {
  year: number;
  assessing: { code: string; name: string; nameEn: string | null };
  title: string;
  schemeName: string;
  version: number;
  publishedAt: string;
  /** Each corrected version's change (structured when it came from an appeal, else the stored text). */
  corrections: { version: number; publishedAt: string; change: Correction | null; text: string }[];
  rows: NoticeRow[];
}

const MAX_LOSSES = 3;

const correctionSchema = z.object({ region: z.string(), regionName: z.string(), item: z.string(), itemName: z.string(), from: z.number(), to: z.number(), reason: z.string() });

function parseCorrection(text: string): Correction | null {
  try {
    const parsed = correctionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function lossesOf(definition: AssessmentScheme, items: { code: string; section: string; max: number; points: number }[]): NoticeRow["losses"] {
  const names = new Map(schemeItems(definition).map((i) => [i.code, i.name]));
  const deducted = items.filter((i) => i.section === "DEDUCTION" && i.points > 0).map((i) => ({ kind: "DEDUCTED" as const, item: names.get(i.code) ?? i.code, points: i.points }));
  const lost = items
    .filter((i) => i.section === "MAIN" && i.max - i.points >= 0.005)
    .map((i) => ({ kind: "LOST" as const, item: names.get(i.code) ?? i.code, points: Math.round((i.max - i.points) * 100) / 100 }))
    .sort((a, b) => b.points - a.points)
    .slice(0, MAX_LOSSES);
  return [...deducted, ...lost];
}

export async function getNotice(user: SessionUser, year: number, regionCode: string): Promise<Result<Notice>> {
  if (!can(user, "assessment.view")) return failure("FORBIDDEN");
  const region = await db.region.findUnique({ where: { code: regionCode }, select: { id: true, code: true, name: true, nameEn: true, path: true } });
  if (!region || !(isPathInScope(user, region.path) || parentPath(user.scopePath) === region.path)) return failure("NOT_FOUND");
  const scheme = await loadScheme(db, region.id, year);
  if (!scheme) return failure("NOT_FOUND");
  const publications = await loadPublications(db, scheme.id);
  const current = publications[0];
  if (!current) return failure("NOT_FOUND", { reason: "assessment.errors.notPublished" });
  const { definition } = scheme;
  const grades = new Map(definition.grades.map((g) => [g.code, g.label]));
  const vetoNames = new Map(definition.vetoes.map((v) => [v.code, v.name]));
  return {
    ok: true,
    data: {
      year,
      assessing: { code: region.code, name: region.name, nameEn: region.nameEn },
      title: scheme.title,
      schemeName: definition.name,
      version: current.version,
      publishedAt: current.publishedAt.toISOString(),
      corrections: publications
        .filter((p) => p.version > 1)
        .reverse()
        .map((p) => ({ version: p.version, publishedAt: p.publishedAt.toISOString(), change: parseCorrection(p.correction), text: p.correction })),
      rows: current.results.regions
        .map((r) => ({
          code: r.code,
          name: r.name,
          nameEn: r.nameEn,
          rank: r.score.rank,
          total: r.score.total,
          grade: r.score.grade,
          gradeLabel: grades.get(r.score.grade) ?? r.score.grade,
          vetoes: r.score.vetoes.map((v) => vetoNames.get(v) ?? v),
          losses: lossesOf(definition, r.score.items),
        }))
        .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
    },
  };
}

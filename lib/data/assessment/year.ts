// The year's computed assessment of the regions below an assessing region, as the office and the
// leadership see it (every assessed region) and as an assessed county's own users see it (their
// row only; ranks are still among all the siblings). Read-only: nothing here writes.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { formatPeriodIndex, yearEndIndex } from "@/lib/domain";
import type { AssessmentScheme, RegionScore } from "@/lib/domain/assessment";
import { can, isPathInScope } from "@/lib/permissions";
import type { IndicatorInfo } from "./region-inputs";
import { scoreLive } from "./live";
import { loadPublications } from "./published";
import { loadScheme } from "./scheme";

type Named = { code: string; name: string; nameEn: string | null };

export interface AssessedRegionScore extends Named {
  /** The stored result's step (DRAFT … PUBLISHED), or null when nothing has been entered yet. */
  status: string | null;
  /** The effective score: verified scores before self-assessed ones before computed points. */
  score: RegionScore;
  /** The same with the self-assessed scores only (what the region claimed). */
  selfScore: RegionScore;
}

export interface PublicationInfo {
  version: number;
  publishedAt: string;
  appealDeadline: string;
  correction: string;
  /** Earlier versions' corrections, oldest first. */
  history: { version: number; publishedAt: string; correction: string }[];
}

export interface AssessmentYear {
  year: number;
  region: Named;
  scheme: { title: string; version: number; locked: boolean; appealDays: number; definition: AssessmentScheme };
  /** The quarter the targets are judged at: the last of the year. */
  asOf: string;
  /** The publication in force; when there is one, every score is the published one (read-only). */
  publication: PublicationInfo | null;
  /** Every assessed region the user may see, in the region order of the dashboards. */
  regions: AssessedRegionScore[];
  /** How many regions were scored together (ranks are among these). */
  assessedCount: number;
  /** The user is the assessing office (verifies, publishes, decides appeals, manages the scheme). */
  isAssessingOffice: boolean;
  indicators: Omit<IndicatorInfo, "id" | "kind" | "direction">[];
}

export type AssessmentYearResult = { ok: true; data: AssessmentYear } | { ok: false; code: "FORBIDDEN" | "NOT_FOUND" };

/** Path of the region a scope path lies directly below ("/a/b/c/" → "/a/b/"), or null at the root. */
export function parentPath(path: string): string | null {
  const parts = path.split("/").filter(Boolean);
  return parts.length > 1 ? `/${parts.slice(0, -1).join("/")}/` : null;
}

/**
 * Which assessed regions of the assessing region at `path` the user sees: all of them when the
 * assessing region is in scope, only the user's own region when it is one of the assessed ones,
 * else none (null).
 */
function visibleCodes(user: SessionUser, path: string): "ALL" | Set<string> | null {
  if (isPathInScope(user, path)) return "ALL";
  if (parentPath(user.scopePath) === path) return new Set([user.scopeRegionCode]);
  return null;
}

export async function getAssessmentYear(user: SessionUser, year: number, regionCode: string): Promise<AssessmentYearResult> {
  if (!can(user, "assessment.view")) return { ok: false, code: "FORBIDDEN" };
  const region = await db.region.findUnique({ where: { code: regionCode }, select: { id: true, code: true, name: true, nameEn: true, path: true } });
  const visible = region ? visibleCodes(user, region.path) : null;
  if (!region || !visible) return { ok: false, code: "NOT_FOUND" };
  const scheme = await loadScheme(db, region.id, year);
  if (!scheme) return { ok: false, code: "NOT_FOUND" };

  const publications = await loadPublications(db, scheme.id);
  const current = publications[0];
  let all: AssessedRegionScore[];
  let indicators: AssessmentYear["indicators"];
  if (current) {
    all = current.results.regions.map((r) => ({ ...r, status: "PUBLISHED" }));
    indicators = current.results.indicators;
  } else {
    const live = await scoreLive(db, region, scheme);
    all = live.regions.map(({ child, entered, score, selfScore }) => ({ code: child.code, name: child.name, nameEn: child.nameEn, status: entered?.status ?? null, score, selfScore }));
    indicators = live.indicators.map(({ code, name, nameEn, unit }) => ({ code, name, nameEn, unit }));
  }
  const regions = visible === "ALL" ? all : all.filter((r) => visible.has(r.code));
  return {
    ok: true,
    data: {
      year,
      region: { code: region.code, name: region.name, nameEn: region.nameEn },
      scheme: { title: scheme.title, version: scheme.version, locked: scheme.lockedAt !== null, appealDays: scheme.appealDays, definition: scheme.definition },
      asOf: formatPeriodIndex(yearEndIndex(year)),
      publication: current
        ? {
            version: current.version,
            publishedAt: current.publishedAt.toISOString(),
            appealDeadline: current.appealDeadline.toISOString(),
            correction: current.correction,
            history: publications
              .slice(1)
              .reverse()
              .map((p) => ({ version: p.version, publishedAt: p.publishedAt.toISOString(), correction: p.correction })),
          }
        : null,
      regions,
      assessedCount: all.length,
      isAssessingOffice: can(user, "assessment.verify") && isPathInScope(user, region.path),
      indicators,
    },
  };
}

export interface AssessmentChoice extends Named {
  years: number[];
}

/** The assessing regions (with their scheme years, newest first) whose assessment the user may open. */
export async function listAssessmentChoices(user: SessionUser): Promise<AssessmentChoice[]> {
  if (!can(user, "assessment.view")) return [];
  const above = parentPath(user.scopePath);
  const schemes = await db.assessmentScheme.findMany({
    where: { region: { OR: [{ path: { startsWith: user.scopePath } }, ...(above ? [{ path: above }] : [])] } },
    orderBy: [{ region: { path: "asc" } }, { year: "desc" }],
    select: { year: true, region: { select: { code: true, name: true, nameEn: true } } },
  });
  const choices = new Map<string, AssessmentChoice>();
  for (const s of schemes) {
    const choice = choices.get(s.region.code) ?? { ...s.region, years: [] };
    choice.years.push(s.year);
    choices.set(s.region.code, choice);
  }
  return [...choices.values()];
}

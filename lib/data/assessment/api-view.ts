// The year's assessment as the API answers it: the scheme, whether it is published, and every
// assessed region the caller may see with its total, grade, rank, veto, 一级 item points and the
// red and yellow cards it holds (open or waiting to be lifted).
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Result } from "@/lib/result";
import { getAssessmentYear } from "./year";

export async function getAssessmentForApi(user: SessionUser, year: number, regionCode: string) {
  const loaded = await getAssessmentYear(user, year, regionCode);
  if (!loaded.ok) return loaded as Result<never>;
  const data = loaded.data;
  const cards = await db.warningCard.findMany({
    where: { region: { code: { in: data.regions.map((r) => r.code) } }, status: { in: ["OPEN", "LIFT_PROPOSED"] } },
    orderBy: { issuedAt: "asc" },
    select: { id: true, color: true, status: true, reasonCode: true, reason: true, issuedAt: true, region: { select: { code: true } } },
  });
  const { definition } = data.scheme;
  return {
    ok: true as const,
    data: {
      year,
      scheme: { name: data.scheme.title, total: definition.total, version: data.scheme.version, locked: data.scheme.locked },
      published: data.publication !== null,
      publication: data.publication && { version: data.publication.version, publishedAt: data.publication.publishedAt, appealDeadline: data.publication.appealDeadline },
      regions: data.regions.map((r) => ({
        code: r.code,
        name: r.name,
        status: r.status,
        score: r.score.total,
        grade: r.score.grade,
        rank: r.score.rank,
        veto: r.score.vetoes.length > 0,
        items: r.score.groups.map((g) => ({ code: g.code, name: definition.groups.find((d) => d.code === g.code)?.name ?? g.code, points: g.points, max: g.max })),
        bonus: r.score.bonus.counted,
        deductions: r.score.deductions.counted,
        cards: cards
          .filter((c) => c.region.code === r.code)
          .map((c) => ({ id: c.id, color: c.color, status: c.status, reasonCode: c.reasonCode, reason: c.reason, issuedAt: c.issuedAt.toISOString() })),
      })),
    },
  };
}

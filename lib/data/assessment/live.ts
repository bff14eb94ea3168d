// The year's assessment computed now from the product's data: every assessed region (the active
// children of the assessing region) scored with its effective scores (verified before self-assessed)
// and with its self-assessed scores alone. Used before publication, and by publishing itself.
import "server-only";
import type { DbWriter } from "@/lib/db-client";
import { scoreAssessment, type RegionScore } from "@/lib/domain/assessment";
import { buildRegionInputs, type IndicatorInfo } from "./region-inputs";
import { loadEnteredInputs, type EnteredInputs, type StoredScheme } from "./scheme";

export interface AssessedChild {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  path: string;
}

export interface LiveRegionScore {
  child: AssessedChild;
  entered: EnteredInputs | null;
  score: RegionScore;
  selfScore: RegionScore;
}

export async function scoreLive(db: DbWriter, assessing: { id: number; path: string }, scheme: StoredScheme): Promise<{ regions: LiveRegionScore[]; indicators: IndicatorInfo[] }> {
  const [children, entered] = await Promise.all([
    db.region.findMany({
      where: { parentId: assessing.id, active: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { id: true, code: true, name: true, nameEn: true, path: true },
    }),
    loadEnteredInputs(db, scheme.id),
  ]);
  // Every sibling is scored, even for a county user: ranks and rank rules compare them all.
  const { inputs, indicators } = await buildRegionInputs(db, {
    scheme: scheme.definition,
    year: scheme.year,
    periodEnd: scheme.periodEnd,
    assessingPath: assessing.path,
    regions: children,
    entered,
  });
  const scores = scoreAssessment(scheme.definition, inputs);
  const selfScores = scoreAssessment(
    scheme.definition,
    inputs.map((input, i) => ({ ...input, given: entered.get(children[i]?.id ?? -1)?.selfGiven ?? {} })),
  );
  const regions = children.map((child, i) => ({
    child,
    entered: entered.get(child.id) ?? null,
    score: scores[i] as RegionScore,
    selfScore: selfScores[i] as RegionScore,
  }));
  return { regions, indicators };
}

// The demo city's assessment (考核) of its four counties: the default scheme for 2019 (the last
// complete year of demo figures, verified by the office) and for 2020 (the plan's deadline year,
// copied from 2019: three counties verified, 东兴市 not yet self-assessed, nothing published), the
// counters and vetoes the office entered, and one open yellow card, so that every kind of rule, a bonus, a deduction and a veto show in the demo.
import type { DbWriter } from "@/lib/db-client";
import { recordAudit } from "@/lib/data/audit";
import { schemeItems } from "@/lib/domain/assessment";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";
import { FANGCHENGGANG_SCHEME_COUNTERS as C, fangchenggangAssessmentScheme } from "./assessment-scheme";
import { lookup, type CodeMap } from "./regions";

const CITY = "450600";

/** What the office entered per county and year: counters, vetoes, and (2019) verified manual scores. */
const ENTERED: Record<number, Record<string, { counters: Record<string, number>; vetoes: string[]; manualShare: number }>> = {
  2019: {
    "450602": { counters: { [C.nationalDemonstrations]: 1 }, vetoes: [], manualShare: 1 },
    "450603": { counters: { [C.lateReports]: 1 }, vetoes: [], manualShare: 0.5 },
    "450621": { counters: { [C.mediaExposures]: 1 }, vetoes: [], manualShare: 0.5 },
    "450681": { counters: { [C.qualityAwards]: 1 }, vetoes: [], manualShare: 1 },
  },
  2020: {
    "450602": { counters: {}, vetoes: [], manualShare: 1 },
    "450603": { counters: { [C.majorIncidents]: 1 }, vetoes: [], manualShare: 0.5 },
    "450621": { counters: { [C.majorIncidents]: 1, [C.lateReports]: 2 }, vetoes: ["VETO_SYSTEMIC_INCIDENT"], manualShare: 0.5 },
    "450681": { counters: { [C.qualityAwards]: 2, [C.nationalDemonstrations]: 1 }, vetoes: [], manualShare: 0 },
  },
};

const MANUAL_REASON: Record<string, string> = {
  "1": "见证材料齐全，工作开展好",
  "0.5": "见证材料不全，工作部分开展",
};

export async function seedDemoAssessment(db: DbWriter, ids: { regionIds: CodeMap; userIds: CodeMap }) {
  const scheme = assessmentSchemeSchema.parse(fangchenggangAssessmentScheme);
  const definition = JSON.stringify(scheme);
  const manualItems = schemeItems(scheme).filter((item) => scheme.groups.some((g) => g.items.includes(item)) && item.rule.kind === "manual");
  const officeId = ids.userIds.get("office") ?? null;
  const cityId = lookup(ids.regionIds, CITY, "region");
  const city = await db.region.findUniqueOrThrow({ where: { id: cityId }, select: { path: true } });
  let previousId: number | null = null;

  for (const year of [2019, 2020]) {
    const copiedFromId: number | null = previousId;
    const created: { id: number; versions: { id: number }[] } = await db.assessmentScheme.create({
      data: {
        regionId: cityId,
        year,
        name: `${year}年度${scheme.name}`,
        periodStart: new Date(Date.UTC(year, 0, 1)),
        periodEnd: new Date(Date.UTC(year, 11, 31)),
        selfDeadline: new Date(Date.UTC(year + 1, 0, 31)),
        copiedFromId,
        versions: { create: { version: 1, definition, createdById: officeId } },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    const versionId = created.versions[0]?.id;
    if (versionId === undefined) throw new Error("scheme version missing");
    previousId = created.id;

    for (const [regionCode, entered] of Object.entries(ENTERED[year] ?? {})) {
      const verified = entered.manualShare > 0;
      await db.assessmentResult.create({
        data: {
          schemeId: created.id,
          schemeVersionId: versionId,
          regionId: lookup(ids.regionIds, regionCode, "region"),
          status: verified ? "VERIFIED" : "DRAFT",
          counters: JSON.stringify(entered.counters),
          vetoes: JSON.stringify(entered.vetoes),
          verifiedById: verified ? officeId : null,
          verifiedAt: verified ? new Date(Date.UTC(year + 1, 1, 20)) : null,
          items: verified
            ? {
                create: manualItems.map((item) => ({
                  itemCode: item.code,
                  verifiedPoints: item.points * entered.manualShare,
                  verifiedReason: MANUAL_REASON[String(entered.manualShare)] ?? null,
                })),
              }
            : undefined,
        },
      });
    }
    await recordAudit(db, null, {
      action: "assessment.scheme.create",
      entityType: "AssessmentScheme",
      entityId: created.id,
      after: { region: CITY, year, version: 1, copiedFromId },
      regionPath: city.path,
    });
  }

  // An open yellow card for 防城区, issued by the office in 2020: it costs a point by the scheme's rule.
  await db.warningCard.create({
    data: {
      regionId: lookup(ids.regionIds, "450603", "region"),
      color: "YELLOW",
      source: "MANUAL",
      reasonCode: "MANUAL",
      reason: "食品抽查合格率连续两个季度低于目标",
      indicatorCodes: JSON.stringify(["FOOD_SPOT_PASS"]),
      issuedById: officeId,
      issuedAt: new Date(Date.UTC(2020, 7, 15)),
    },
  });
}

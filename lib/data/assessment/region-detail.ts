// One assessed region's result in a year, with the scheme and the indicators its rules name: the
// region page of the assessment. The same computation as the year's table (getAssessmentYear).
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { schemeItems } from "@/lib/domain/assessment";
import { getAssessmentYear, type AssessedRegionScore, type AssessmentYear } from "./year";

export type AssessedRegionResult =
  | { ok: true; data: Omit<AssessmentYear, "regions"> & { result: AssessedRegionScore; departments: { code: string; name: string; nameEn: string | null }[] } }
  | { ok: false; code: "FORBIDDEN" | "NOT_FOUND" };

export async function getAssessedRegion(user: SessionUser, year: number, regionCode: string): Promise<AssessedRegionResult> {
  const region = await db.region.findUnique({ where: { code: regionCode }, select: { parent: { select: { code: true } } } });
  if (!region?.parent) return { ok: false, code: "NOT_FOUND" };
  const assessment = await getAssessmentYear(user, year, region.parent.code);
  if (!assessment.ok) return assessment;
  const { regions, ...rest } = assessment.data;
  const result = regions.find((r) => r.code === regionCode);
  if (!result) return { ok: false, code: "NOT_FOUND" };
  const codes = schemeItems(rest.scheme.definition).flatMap((item) => (item.department ? [item.department] : []));
  const departments = await db.department.findMany({ where: { code: { in: [...new Set(codes)] } }, select: { code: true, name: true, nameEn: true } });
  return { ok: true, data: { ...rest, result, departments } };
}

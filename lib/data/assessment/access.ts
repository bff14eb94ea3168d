// Who stands where in one region's assessment of a year: the assessed region's own office
// (self-assessment and appeals), the assessing region's office (verification, checks, publication,
// appeal decisions), or a reader (the leadership). The process functions start here.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can, isPathInScope } from "@/lib/permissions";
import { failure, type Failure } from "@/lib/result";
import { loadScheme, type StoredScheme } from "./scheme";

export type AssessmentRole = "ASSESSED" | "ASSESSING" | "READER";

export interface RegionRef {
  id: number;
  code: string;
  name: string;
  path: string;
}

export interface ResultContext {
  role: AssessmentRole;
  region: RegionRef;
  assessing: RegionRef;
  scheme: StoredScheme;
  result: { id: number; status: string; version: number; explanation: string; returnComment: string } | null;
}

/** The user's role towards the assessment of `region` by `assessing`, or null when none. */
export function roleOf(user: SessionUser, region: { id: number; path: string }, assessing: { path: string }): AssessmentRole | null {
  if (!can(user, "assessment.view")) return null;
  if (can(user, "assessment.verify") && isPathInScope(user, assessing.path)) return "ASSESSING";
  if (can(user, "assessment.selfAssess") && user.scopeRegionId === region.id) return "ASSESSED";
  if (isPathInScope(user, assessing.path) || user.scopeRegionId === region.id) return "READER";
  return null;
}

const regionSelect = { id: true, code: true, name: true, path: true } as const;

/** The year's scheme and the region's stored result, with the user's role; NOT_FOUND outside the user's view. */
export async function loadResultContext(user: SessionUser, year: number, regionCode: string): Promise<{ ok: true; data: ResultContext } | Failure> {
  const region = await db.region.findUnique({ where: { code: regionCode }, select: { ...regionSelect, active: true, parent: { select: regionSelect } } });
  if (!region?.parent || !region.active) return failure("NOT_FOUND");
  const assessing = region.parent;
  const role = roleOf(user, region, assessing);
  if (!role) return failure("NOT_FOUND");
  const scheme = await loadScheme(db, assessing.id, year);
  if (!scheme) return failure("NOT_FOUND");
  const result = await db.assessmentResult.findUnique({
    where: { schemeId_regionId: { schemeId: scheme.id, regionId: region.id } },
    select: { id: true, status: true, version: true, explanation: true, returnComment: true },
  });
  return { ok: true, data: { role, region: { id: region.id, code: region.code, name: region.name, path: region.path }, assessing, scheme, result } };
}

/** The context when the user holds `role` for it; FORBIDDEN otherwise (the region is visible to them). */
export async function requireRole(user: SessionUser, year: number, regionCode: string, role: AssessmentRole): Promise<{ ok: true; data: ResultContext } | Failure> {
  const context = await loadResultContext(user, year, regionCode);
  if (!context.ok) return context;
  return context.data.role === role ? context : failure("FORBIDDEN", { reason: "assessment.errors.role" });
}

// Assessment schemes (考核方案) over the years: a new year's scheme starts as a copy of an earlier
// one (its current version, period moved by the years between), and a scheme changes only by a new
// version, which after publication (the scheme is locked) must say why. Both are audited.
import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { can, isPathInScope } from "@/lib/permissions";
import { failure, invalidField, type Result } from "@/lib/result";
import { assessmentSchemeSchema } from "@/lib/validations/assessment";
import { fieldErrorsOf } from "@/lib/validations/fields";
import { recordAudit } from "../audit";
import { loadScheme } from "./scheme";

async function assessingRegion(user: SessionUser, code: string) {
  if (!can(user, "assessment.verify")) return failure("FORBIDDEN", { reason: "assessment.errors.role" });
  const region = await db.region.findUnique({ where: { code }, select: { id: true, path: true } });
  if (!region || !isPathInScope(user, region.path)) return failure("NOT_FOUND");
  return { ok: true as const, data: region };
}

const shiftYears = (date: Date, years: number) => new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));

/** Starts `toYear`'s scheme as a copy of `fromYear`'s current version. */
export async function copyScheme(user: SessionUser, input: { region: string; fromYear: number; toYear: number }): Promise<Result<{ id: number; year: number }>> {
  const region = await assessingRegion(user, input.region);
  if (!region.ok) return region;
  const source = await loadScheme(db, region.data.id, input.fromYear);
  if (!source) return failure("NOT_FOUND");
  if (await loadScheme(db, region.data.id, input.toYear)) return invalidField("toYear", "assessment.errors.schemeExists", { year: input.toYear });
  const row = await db.assessmentScheme.findUniqueOrThrow({ where: { id: source.id }, select: { periodStart: true, periodEnd: true, selfDeadline: true, appealDays: true } });
  const years = input.toYear - input.fromYear;
  const name = source.title.replace(String(input.fromYear), String(input.toYear));
  return db.$transaction(async (tx) => {
    const created = await tx.assessmentScheme.create({
      data: {
        regionId: region.data.id,
        year: input.toYear,
        name,
        periodStart: shiftYears(row.periodStart, years),
        periodEnd: shiftYears(row.periodEnd, years),
        selfDeadline: row.selfDeadline ? shiftYears(row.selfDeadline, years) : null,
        appealDays: row.appealDays,
        copiedFromId: source.id,
        versions: { create: { version: 1, definition: JSON.stringify(source.definition), note: "", createdById: user.id } },
      },
      select: { id: true },
    });
    await recordAudit(tx, user, {
      action: "assessment.scheme.copy",
      entityType: "AssessmentScheme",
      entityId: created.id,
      before: { year: input.fromYear, schemeId: source.id, version: source.version },
      after: { year: input.toYear, name, version: 1 },
      regionPath: region.data.path,
    });
    return { ok: true as const, data: { id: created.id, year: input.toYear } };
  });
}

/** Saves a new version of the year's scheme; the definition is checked with the scheme's schema. */
export async function addSchemeVersion(user: SessionUser, input: { region: string; year: number; definition: string; note: string }): Promise<Result<{ version: number }>> {
  const region = await assessingRegion(user, input.region);
  if (!region.ok) return region;
  const current = await loadScheme(db, region.data.id, input.year);
  if (!current) return failure("NOT_FOUND");
  let json: unknown;
  try {
    json = JSON.parse(input.definition);
  } catch {
    return invalidField("definition", "assessment.validation.definition");
  }
  const parsed = assessmentSchemeSchema.safeParse(json);
  if (!parsed.success) return failure("INVALID", { reason: "invalid", fieldErrors: { definition: [{ code: "assessment.validation.definition" }], ...fieldErrorsOf(parsed.error, (path) => `definition.${path.join(".")}`) } });
  const version = current.version + 1;
  return db.$transaction(async (tx) => {
    await tx.assessmentSchemeVersion.create({ data: { schemeId: current.id, version, definition: JSON.stringify(parsed.data), note: input.note, createdById: user.id } });
    await recordAudit(tx, user, {
      action: "assessment.scheme.version",
      entityType: "AssessmentScheme",
      entityId: current.id,
      before: { version: current.version, locked: current.lockedAt !== null },
      after: { version, note: input.note },
      regionPath: region.data.path,
    });
    return { ok: true as const, data: { version } };
  });
}

// Who may write which figure: the indicator and region by code, the department the figure is
// reported for, the responsibility that links them and the reporting period. Shared by saving,
// submitting and importing so the three answer the same way.
import "server-only";
import type { DbWriter } from "@/lib/db-client";
import { formatPeriod } from "@/lib/domain";
import { can } from "@/lib/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "./audit";
import { failure, invalidField, type Failure } from "@/lib/result";

export const indicatorSelect = { id: true, code: true, name: true, nameEn: true, unit: true, kind: true, decimals: true, active: true } as const;
export const regionSelect = { id: true, code: true, name: true, nameEn: true, path: true, active: true } as const;

export interface EntryDepartment {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
}

/**
 * The department a user enters for: a DEPARTMENT user's own one; OFFICE and ADMIN pick one (on its
 * behalf). Null with a failure when the user cannot enter figures or the department is unknown.
 */
export async function resolveEntryDepartment(
  db: DbWriter,
  user: SessionUser,
  requested: { id?: number; code?: string },
): Promise<{ ok: true; department: EntryDepartment } | Failure> {
  if (!can(user, "figure.enter")) return failure("FORBIDDEN", { reason: "cannotEnter" });
  const select = { id: true, code: true, name: true, nameEn: true, active: true } as const;
  if (!can(user, "figure.enterOnBehalf")) {
    if (user.departmentId === null) return failure("FORBIDDEN", { reason: "noDepartment" });
    const own = await db.department.findUnique({ where: { id: user.departmentId }, select });
    if (!own) return failure("FORBIDDEN", { reason: "noDepartment" });
    const asksOther = (requested.id !== undefined && requested.id !== own.id) || (requested.code !== undefined && requested.code !== own.code);
    if (asksOther) return failure("FORBIDDEN", { reason: "otherDepartment" });
    return { ok: true, department: own };
  }
  if (requested.id === undefined && requested.code === undefined) return invalidField("department", "departmentRequired");
  const department = await db.department.findFirst({
    where: requested.id !== undefined ? { id: requested.id } : { code: requested.code },
    select,
  });
  if (!department || !department.active) return invalidField("department", "unknownDepartment");
  return { ok: true, department };
}

export async function resolvePeriod(db: DbWriter, year: number, quarter: number, { mustBeOpen = true } = {}) {
  const period = await db.reportingPeriod.findUnique({ where: { year_quarter: { year, quarter } } });
  if (!period) return invalidField("period", "unknownPeriod");
  if (mustBeOpen && !period.isOpen) return failure("LOCKED", { reason: "periodClosed", params: { period: formatPeriod({ year, quarter }) } });
  return { ok: true as const, period };
}

export interface FigureCoordinates {
  indicatorCode: string;
  regionCode: string;
  departmentCode?: string;
}

/**
 * Resolves indicator, region and department and checks that the department reports the indicator
 * for the region inside the user's scope. Out-of-scope attempts are refused (403).
 */
export async function resolveFigureCoordinates(db: DbWriter, user: SessionUser, input: FigureCoordinates) {
  const [indicator, region] = await Promise.all([
    db.indicator.findUnique({ where: { code: input.indicatorCode }, select: indicatorSelect }),
    db.region.findUnique({ where: { code: input.regionCode }, select: regionSelect }),
  ]);
  if (!indicator || !indicator.active) return invalidField("indicator", "unknownIndicator");
  if (!region || !region.active) return invalidField("region", "unknownRegion");
  if (!region.path.startsWith(user.scopePath)) return failure("FORBIDDEN", { reason: "outOfScope" });

  let departmentCode = input.departmentCode;
  if (can(user, "figure.enterOnBehalf") && departmentCode === undefined) {
    // On a department's behalf: unambiguous when exactly one department reports this figure.
    const responsible = await db.responsibility.findMany({
      where: { indicatorId: indicator.id, regionId: region.id },
      select: { department: { select: { code: true } } },
    });
    if (responsible.length === 1) departmentCode = responsible[0]?.department.code;
    else if (responsible.length === 0) return failure("FORBIDDEN", { reason: "notResponsible" });
  }
  const resolved = await resolveEntryDepartment(db, user, { code: departmentCode });
  if (!resolved.ok) return resolved;
  const department = resolved.department;
  const responsibility = await db.responsibility.findUnique({
    where: { departmentId_indicatorId_regionId: { departmentId: department.id, indicatorId: indicator.id, regionId: region.id } },
    select: { id: true },
  });
  if (!responsibility) return failure("FORBIDDEN", { reason: "notResponsible" });
  return { ok: true as const, indicator, region, department };
}

/** A refused write is recorded too, visible to the offices of the actor's scope. */
export async function recordDenied(db: DbWriter, user: SessionUser, entityId: string, attempt: unknown, reason: string) {
  await recordAudit(db, user, {
    action: "figure.denied",
    entityType: "Figure",
    entityId,
    after: { attempt, reason, role: user.role, department: user.departmentName },
    regionPath: user.scopePath,
  });
}

// How a stored figure leaves the data layer (to pages, actions and the API) and how it is recorded
// in the audit trail.
import "server-only";
import type { Role } from "@/lib/auth/session-user";
import { formatPeriod } from "@/lib/domain";
import { can } from "@/lib/permissions";

export const figureViewSelect = {
  id: true,
  indicatorId: true,
  regionId: true,
  year: true,
  quarter: true,
  value: true,
  numerator: true,
  denominator: true,
  note: true,
  status: true,
  reviewComment: true,
  departmentId: true,
  version: true,
  isDemo: true,
  enteredAt: true,
  submittedAt: true,
  approvedAt: true,
  updatedAt: true,
  enteredBy: { select: { name: true, role: true } },
  submittedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  department: { select: { code: true, name: true, nameEn: true } },
} as const;

export type FigureStatus = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

export interface FigureRecord {
  id: number;
  indicatorId: number;
  regionId: number;
  year: number;
  quarter: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  status: FigureStatus;
  reviewComment: string;
  departmentId: number | null;
  version: number;
  isDemo: boolean;
  enteredAt: Date | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
  enteredBy: { name: string; role: Role } | null;
  submittedBy: { name: string } | null;
  approvedBy: { name: string } | null;
  department: { code: string; name: string; nameEn: string | null } | null;
}

export interface FigureView {
  id: number;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string;
  status: FigureStatus;
  reviewComment: string;
  version: number;
  isDemo: boolean;
  department: { code: string; name: string; nameEn: string | null } | null;
  enteredBy: string | null;
  /** Entered by an office or administrator on the department's behalf. */
  isOnBehalf: boolean;
  enteredAt: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  updatedAt: string;
}

export function toFigureView(f: FigureRecord): FigureView {
  return {
    id: f.id,
    period: formatPeriod(f),
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    note: f.note,
    status: f.status,
    reviewComment: f.reviewComment,
    version: f.version,
    isDemo: f.isDemo,
    department: f.department,
    enteredBy: f.enteredBy?.name ?? null,
    isOnBehalf: f.enteredBy !== null && can(f.enteredBy, "figure.enterOnBehalf"),
    enteredAt: f.enteredAt?.toISOString() ?? null,
    submittedBy: f.submittedBy?.name ?? null,
    submittedAt: f.submittedAt?.toISOString() ?? null,
    approvedBy: f.approvedBy?.name ?? null,
    approvedAt: f.approvedAt?.toISOString() ?? null,
    updatedAt: f.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of a figure (before and after a change). */
export function figureSnapshot(f: Pick<FigureRecord, "value" | "numerator" | "denominator" | "note" | "status" | "reviewComment" | "version" | "departmentId">) {
  return {
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    note: f.note,
    status: f.status,
    reviewComment: f.reviewComment,
    departmentId: f.departmentId,
    version: f.version,
  };
}

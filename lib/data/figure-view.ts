// How a stored figure leaves the data layer (to pages, actions and the API) and how it is recorded
// in the audit trail.
import "server-only";
import type { Role } from "@/lib/auth/session-user";
import { formatPeriod } from "@/lib/domain";
import { can } from "@/lib/permissions";
import { figureRowSelect, type FigureRow } from "./figure-fields";

export const figureViewSelect = {
  id: true,
  ...figureRowSelect,
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

export interface FigureRecord extends FigureRow {
  id: number;
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

/** What a figure holds and its review state: the part the view and the audit snapshot share. */
type FigureContent = Pick<FigureRecord, "value" | "numerator" | "denominator" | "note" | "status" | "reviewComment" | "version">;

export interface FigureView extends FigureContent, Pick<FigureRecord, "id" | "isDemo" | "department"> {
  period: string;
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
    ...figureContent(f),
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

function figureContent(f: FigureContent): FigureContent {
  return {
    value: f.value,
    numerator: f.numerator,
    denominator: f.denominator,
    note: f.note,
    status: f.status,
    reviewComment: f.reviewComment,
    version: f.version,
  };
}

/** What the audit trail keeps of a figure (before and after a change). */
export function figureSnapshot(f: FigureContent & Pick<FigureRecord, "departmentId">) {
  return { ...figureContent(f), departmentId: f.departmentId };
}

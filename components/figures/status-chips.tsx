"use client";
// Figure status (draft, submitted, approved, returned) and target status, as small coloured labels.
import { useI18n } from "@/lib/i18n/client";

const FIGURE_STYLE: Record<string, string> = {
  MISSING: "bg-slate-100 text-slate-600",
  DRAFT: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-sky-100 text-sky-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  RETURNED: "bg-red-100 text-red-800",
};

const TARGET_STYLE: Record<string, string> = {
  ACHIEVED: "bg-emerald-100 text-emerald-900",
  ON_TRACK: "bg-green-100 text-green-900",
  AT_RISK: "bg-amber-100 text-amber-900",
  OFF_TRACK: "bg-red-100 text-red-800",
  MISSED: "bg-red-200 text-red-900",
  NO_DATA: "bg-slate-100 text-slate-600",
};

export function FigureStatusChip({ status, testId }: { status: string | null; testId?: string }) {
  const { t } = useI18n();
  const key = status ?? "MISSING";
  return (
    <span data-testid={testId} data-status={key} className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${FIGURE_STYLE[key] ?? ""}`}>
      {t(`entry.figureStatus.${key}`)}
    </span>
  );
}

export function TargetStatusBadge({ status }: { status: string | null }) {
  const { t } = useI18n();
  if (!status) return null;
  return (
    <span data-target-status={status} className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs ${TARGET_STYLE[status] ?? ""}`}>
      {t(`status.${status}`)}
    </span>
  );
}

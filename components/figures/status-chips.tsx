"use client";
// Figure status (draft, submitted, approved, returned) as small coloured labels, and target status in the status palette.
import { StatusBadge } from "@/components/status/status-badge";
import type { TargetStatus } from "@/lib/domain";
import { useI18n } from "@/lib/i18n/client";

const FIGURE_STYLE: Record<string, string> = {
  MISSING: "bg-slate-100 text-slate-600",
  DRAFT: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-sky-100 text-sky-900",
  APPROVED: "bg-emerald-100 text-emerald-900",
  RETURNED: "bg-red-100 text-red-800",
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

/** A target's status in the one status palette (glyph, label, colour), as everywhere else. */
export function TargetStatusBadge({ status }: { status: TargetStatus | null }) {
  const { t } = useI18n();
  if (!status) return null;
  return <StatusBadge status={status} label={t(`status.${status}`)} />;
}

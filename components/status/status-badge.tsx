import type { TargetStatus } from "@/lib/domain";
import { STATUS_STYLE } from "@/lib/ui/status-style";

/** A target status as glyph and label in the status palette's text colour on its tint. */
export function StatusBadge({ status, label, compact = false }: { status: TargetStatus; label: string; compact?: boolean }) {
  const style = STATUS_STYLE[status];
  return (
    <span
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium"
      style={{ color: style.ink, backgroundColor: style.tint, borderColor: style.ink }}
      title={label}
      data-status={status}
    >
      <span aria-hidden="true" className="font-bold">
        {style.icon}
      </span>
      {compact ? <span className="sr-only">{label}</span> : label}
    </span>
  );
}

import type { TargetStatus } from "@/lib/domain";
import { STATUS_STYLE } from "@/lib/ui/status-style";

export function StatusBadge({ status, label, compact = false }: { status: TargetStatus; label: string; compact?: boolean }) {
  const style = STATUS_STYLE[status];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.badge}`}
      title={label}
      data-status={status}
    >
      <span aria-hidden="true" className="font-bold" style={{ color: style.color }}>
        {style.icon}
      </span>
      {compact ? <span className="sr-only">{label}</span> : label}
    </span>
  );
}

// Progress towards the target with a tick where the straight line says the region should be now.
/** `text` is the progress as formatProgress writes it; `label` says progress and expected progress in words. */
export function ProgressBar({ progress, expected, text, label }: { progress: number | null; expected: number | null; text: string; label: string }) {
  const value = progress === null ? null : Math.max(0, Math.min(progress, 1));
  return (
    <div className="flex items-center gap-2" title={label}>
      <div className="relative h-2 w-24 shrink-0 rounded-full bg-slate-200" role="img" aria-label={label}>
        {value !== null && <div className="h-2 rounded-full bg-brand-600" style={{ width: `${value * 100}%` }} />}
        {expected !== null && (
          <div className="absolute -top-1 h-4 w-0.5 bg-slate-700" style={{ left: `calc(${Math.min(expected, 1) * 100}% - 1px)` }} />
        )}
      </div>
      <span className="text-xs tabular-nums text-slate-600">{text}</span>
    </div>
  );
}

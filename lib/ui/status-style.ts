// One look per status everywhere (badges, matrix cells, charts): colour-blind-safe colours
// (Okabe–Ito) always paired with an icon and a text label.
import type { TargetStatus } from "@/lib/domain";

export const STATUS_STYLE: Record<TargetStatus, { color: string; icon: string; badge: string }> = {
  ACHIEVED: { color: "#009E73", icon: "✓", badge: "bg-emerald-50 text-emerald-800 ring-emerald-600/30" },
  ON_TRACK: { color: "#0072B2", icon: "↗", badge: "bg-sky-50 text-sky-800 ring-sky-600/30" },
  AT_RISK: { color: "#E69F00", icon: "!", badge: "bg-amber-50 text-amber-900 ring-amber-600/40" },
  OFF_TRACK: { color: "#D55E00", icon: "✕", badge: "bg-orange-50 text-orange-900 ring-orange-700/40" },
  MISSED: { color: "#882255", icon: "⊘", badge: "bg-rose-50 text-rose-900 ring-rose-800/40" },
  NO_DATA: { color: "#8C8C8C", icon: "?", badge: "bg-slate-100 text-slate-700 ring-slate-400/40" },
};

/** Display order: best news last, as officials read from problems down. */
export const STATUS_DISPLAY_ORDER: readonly TargetStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK", "ON_TRACK", "ACHIEVED", "NO_DATA"];

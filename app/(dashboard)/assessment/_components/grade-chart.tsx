// Each assessed region's total as a bar in its grade's colour, with the grade letter after it (never
// colour alone) and the grade thresholds as dashed lines; drawn as SVG on the server like
// components/charts/svg-charts.tsx. The numbers stand in the table next to it.
import type { GradeBand } from "@/lib/domain/assessment";
import { textWidth } from "@/lib/ui/chart-scale";

const FONT = 13;
const WIDTH = 420;
const ROW = 28;
const INK = "#334155";
const MUTED = "#64748b";
const GRID = "#e2e8f0";
const FILLS = ["#059669", "#0284c7", "#d97706", "#dc2626", "#7c3aed", "#475569"];

/** The fill of a grade: by its band's position, highest first; the lowest band is always red-ish. */
export function gradeFill(bands: readonly GradeBand[], code: string): string {
  const index = bands.findIndex((b) => b.code === code);
  if (index === bands.length - 1) return FILLS[3] as string;
  return FILLS[Math.max(0, index)] ?? (FILLS[5] as string);
}

export function GradeChartSvg({ rows, bands, max, label }: { rows: { label: string; total: number; grade: string; vetoed: boolean }[]; bands: readonly GradeBand[]; max: number; label: string }) {
  const left = Math.min(140, Math.max(50, ...rows.map((r) => textWidth(r.label, FONT) + 12)));
  const right = 70;
  const top = Math.max(max, ...rows.map((r) => r.total));
  const x = (v: number) => left + (v / (top || 1)) * (WIDTH - left - right);
  const axisY = rows.length * ROW + 4;
  const thresholds = bands.filter((b) => b.min > 0);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${axisY + 22}`} width="100%" style={{ minWidth: "18rem", maxWidth: `${(WIDTH * 1.1) / 16}rem` }} role="img" aria-label={label} fontSize={FONT} fill={INK}>
      {[0, ...thresholds.map((b) => b.min), max].map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={0} y2={axisY} stroke={GRID} strokeDasharray="3 3" />
          <text x={x(v)} y={axisY + 14} textAnchor="middle" fill={MUTED}>{v}</text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = i * ROW + 4;
        const end = x(row.total);
        return (
          <g key={row.label}>
            <text x={left - 6} y={y + ROW / 2 + 4} textAnchor="end">{row.label}</text>
            <rect x={left} y={y + 4} width={Math.max(0, end - left)} height={ROW - 8} fill={gradeFill(bands, row.grade)}>
              <title>{`${row.label}: ${row.total} ${row.grade}`}</title>
            </rect>
            <text x={end + 4} y={y + ROW / 2 + 4} fontWeight={600}>{`${row.total} ${row.grade}${row.vetoed ? " ✕" : ""}`}</text>
          </g>
        );
      })}
      <line x1={left} x2={left} y1={0} y2={axisY} stroke={MUTED} />
    </svg>
  );
}

// Charts drawn as plain SVG on the server, for the dashboards and the reports: no chart library is
// rendered or hydrated, a printed page shows them without running any script (the PDF renderer
// prints with JavaScript off), and each bar carries its value as a hover title.
// Sizes are in viewBox units; each chart scales to its column. Only the indicator page's
// interactive trend uses recharts.
import type { ReactNode } from "react";
import type { TargetStatus } from "@/lib/domain";
import { niceTicks, textWidth } from "@/lib/ui/chart-scale";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";

const FONT = 11;
const GRID = "#e2e8f0";
const INK = "#334155";
const MUTED = "#64748b";
/** Bar charts keep their labels readable: never drawn smaller than their size (a phone scrolls them in their box), at most 1.2× it. */
const barSize = (width: number) => ({ minWidth: `${width / 16}rem`, maxWidth: `${(width * 1.2) / 16}rem` });

/** Where each of these lengths starts when they are laid one after another from `start`. */
function offsets(lengths: readonly number[], start = 0): number[] {
  return lengths.map((_, i) => start + lengths.slice(0, i).reduce((sum, l) => sum + l, 0));
}

function formatTick(value: number, suffix = ""): string {
  return `${Number(value.toFixed(2))}${suffix}`;
}

/** Horizontal bar charts: a label column on the left, one row per label. */
const BAR = { width: 640, rowHeight: 26 } as const;
const rowTop = (i: number) => i * BAR.rowHeight + 4;

/** The label column fits the longest label ("Human environment quality"), within bounds. */
function labelColumn(labels: readonly string[]): number {
  return Math.min(220, Math.max(60, ...labels.map((l) => textWidth(l, FONT) + 12)));
}

/** Value to x for bars from 0 to the last tick, right of the label column, leaving `right` free for labels past the end. */
function barScale(left: number, ticks: readonly number[], right: number, width: number = BAR.width): (v: number) => number {
  const max = ticks[ticks.length - 1] || 1;
  return (v) => left + (v / max) * (width - left - right);
}

/** A bar chart's frame: dashed grid lines at the ticks with their values, the row labels, the bars, the baseline. */
function BarFrame({ labels, ticks, x, children }: { labels: readonly string[]; ticks: readonly number[]; x: (v: number) => number; children: ReactNode }) {
  const left = x(0);
  const axisY = rowTop(labels.length);
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={0} y2={axisY} stroke={GRID} strokeDasharray="3 3" />
          <text x={x(t)} y={axisY + 14} textAnchor="middle" fill={MUTED}>{formatTick(t)}</text>
        </g>
      ))}
      {labels.map((label, i) => (
        <text key={label} x={left - 6} y={rowTop(i) + BAR.rowHeight / 2 + 4} textAnchor="end">{label}</text>
      ))}
      {children}
      <line x1={left} x2={left} y1={0} y2={axisY} stroke={MUTED} />
    </>
  );
}

/** Neighbouring segments of a stacked bar are parted by a white line this wide, so no two colours touch. */
const SEGMENT_GAP = 2;

/** Horizontal bars, one row per label, stacked by status (glyphs in the legend), with a legend underneath. */
export function StatusBarsSvg({ rows, statusLabels, label }: { rows: { label: string; counts: Record<TargetStatus, number> }[]; statusLabels: Record<TargetStatus, string>; label: string }) {
  const ticks = niceTicks(0, Math.max(1, ...rows.map((r) => STATUS_DISPLAY_ORDER.reduce((sum, s) => sum + r.counts[s], 0))), 5, true);
  const left = labelColumn(rows.map((r) => r.label));
  const x = barScale(left, ticks, 16);
  const axisY = rowTop(rows.length);
  const legendTexts = STATUS_DISPLAY_ORDER.map((s) => `${STATUS_STYLE[s].icon} ${statusLabels[s]}`);
  const legendWidths = legendTexts.map((text) => 14 + textWidth(text, FONT) + 16);
  // Under the bars, unless a wide label column would push the legend past the right edge.
  const legendX = offsets(legendWidths, Math.max(0, Math.min(left, BAR.width - legendWidths.reduce((sum, w) => sum + w, 0))));
  const legend = STATUS_DISPLAY_ORDER.map((status, i) => ({ status, text: legendTexts[i] ?? "", x: legendX[i] ?? left }));
  return (
    <svg viewBox={`0 0 ${BAR.width} ${axisY + 44}`} width="100%" style={barSize(BAR.width)} role="img" aria-label={label} fontSize={FONT} fill={INK}>
      <BarFrame labels={rows.map((r) => r.label)} ticks={ticks} x={x}>
        {rows.map((row, i) => {
          const shown = STATUS_DISPLAY_ORDER.filter((s) => row.counts[s] > 0);
          const starts = offsets(shown.map((s) => row.counts[s]));
          return (
            <g key={row.label}>
              {shown.map((s, j) => (
                <rect key={s} x={x(starts[j] ?? 0)} y={rowTop(i) + 3} width={x(row.counts[s]) - left} height={BAR.rowHeight - 6} data-status={s} fill={STATUS_STYLE[s].color} stroke="#ffffff" strokeWidth={SEGMENT_GAP}>
                  <title>{`${row.label} · ${statusLabels[s]}: ${row.counts[s]}`}</title>
                </rect>
              ))}
            </g>
          );
        })}
      </BarFrame>
      {legend.map((item) => (
        <g key={item.status}>
          <rect x={item.x} y={axisY + 27} width={10} height={10} data-status={item.status} fill={STATUS_STYLE[item.status].color} stroke="#ffffff" strokeWidth={SEGMENT_GAP} />
          <text x={item.x + 14} y={axisY + 36} data-status={item.status} fill={STATUS_STYLE[item.status].ink}>{item.text}</text>
        </g>
      ))}
    </svg>
  );
}

/** Scores 0–100 as horizontal bars with their value at the end; `width` (viewBox units) is smaller for a half-width column. The accessible name lists the scores. */
export function ScoreBarsSvg({ rows, label, width = BAR.width }: { rows: { label: string; score: number | null }[]; label: string; width?: number }) {
  const ticks = niceTicks(0, 100);
  const left = labelColumn(rows.map((r) => r.label));
  const x = barScale(left, ticks, 40, width);
  return (
    <svg viewBox={`0 0 ${width} ${rowTop(rows.length) + 20}`} width="100%" style={barSize(width)} role="img" aria-label={`${label}: ${rows.map((r) => `${r.label} ${r.score === null ? "—" : Math.round(r.score * 10) / 10}`).join("; ")}`} fontSize={FONT} fill={INK}>
      <BarFrame labels={rows.map((r) => r.label)} ticks={ticks} x={x}>
        {rows.map((row, i) => {
          const score = row.score === null ? null : Math.round(row.score * 10) / 10;
          return (
            <g key={row.label}>
              {score !== null && (
                <rect x={left} y={rowTop(i) + 4} width={x(score) - left} height={BAR.rowHeight - 8} fill="#1d4ed8">
                  <title>{`${row.label}: ${score}`}</title>
                </rect>
              )}
              <text x={x(score ?? 0) + 4} y={rowTop(i) + BAR.rowHeight / 2 + 4}>{score ?? "—"}</text>
            </g>
          );
        })}
      </BarFrame>
    </svg>
  );
}

type Point = { period: string; value: number };

const SERIES = "#2050BD";

/** A region's values over the quarters (a solid line with a dot at each), its target as a dashed line and the expected path dashed grey. */
export function TrendSvg(props: { label: string; periods: string[]; points: Point[]; seriesLabel: string; target: number | null; targetLabel: string; expected: Point[]; expectedLabel: string; unit: string }) {
  const width = 330;
  const left = 46;
  const right = 12;
  const top = 10;
  const plotHeight = 130;
  const suffix = props.unit === "%" ? "%" : "";
  const values = [...props.points, ...props.expected].map((p) => p.value).concat(props.target === null ? [] : [props.target]);
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 5);
  const low = ticks[0] ?? 0;
  const high = ticks[ticks.length - 1] ?? 1;
  const step = (width - left - right) / Math.max(1, props.periods.length - 1);
  const index = new Map(props.periods.map((p, i) => [p, i]));
  const x = (period: string) => left + (index.get(period) ?? 0) * step;
  const y = (v: number) => top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;
  const path = (points: Point[]) => points.map((p) => `${x(p.period).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  const every = Math.max(1, Math.ceil(props.periods.length / 5));
  const labelled = props.periods.filter((_, i) => i % every === 0 || i === props.periods.length - 1);
  const axisY = top + plotHeight;
  const legendY = axisY + 34;
  const secondX = left + 30 + textWidth(props.expectedLabel, FONT) + 16;
  return (
    <svg viewBox={`0 0 ${width} ${legendY + 8}`} width="100%" role="img" aria-label={props.label} fontSize={FONT} fill={INK}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={width - right} y1={y(t)} y2={y(t)} stroke={GRID} strokeDasharray="3 3" />
          <text x={left - 4} y={y(t) + 4} textAnchor="end" fill={MUTED}>{formatTick(t, suffix)}</text>
        </g>
      ))}
      {labelled.map((p, i) => (
        <text key={p} x={x(p)} y={axisY + 14} textAnchor={i === labelled.length - 1 ? "end" : "middle"} fill={MUTED}>{p}</text>
      ))}
      <line x1={left} x2={width - right} y1={axisY} y2={axisY} stroke={MUTED} />
      {props.target !== null && (
        <g>
          <line x1={left} x2={width - right} y1={y(props.target)} y2={y(props.target)} stroke="#111827" strokeDasharray="6 3" />
          <text x={width - right - 2} y={y(props.target) - 3} textAnchor="end" fill="#111827">{props.targetLabel}</text>
        </g>
      )}
      {props.expected.length > 1 && <polyline points={path(props.expected)} fill="none" stroke={MUTED} strokeDasharray="4 4" strokeWidth={1.2} />}
      {props.points.length > 1 && <polyline points={path(props.points)} fill="none" stroke={SERIES} strokeWidth={2} />}
      {props.points.map((p) => <circle key={p.period} cx={x(p.period)} cy={y(p.value)} r={2.5} fill={SERIES} />)}
      <line x1={left} x2={left + 22} y1={legendY - 4} y2={legendY - 4} stroke={MUTED} strokeDasharray="4 4" />
      <text x={left + 26} y={legendY} fill={MUTED}>{props.expectedLabel}</text>
      <line x1={secondX} x2={secondX + 22} y1={legendY - 4} y2={legendY - 4} stroke={SERIES} strokeWidth={2} />
      <circle cx={secondX + 11} cy={legendY - 4} r={2.5} fill={SERIES} />
      <text x={secondX + 26} y={legendY} fill={SERIES}>{props.seriesLabel}</text>
    </svg>
  );
}

/** A tiny trend of the last quarters' measured values (x: quarter index, y: value), with the target as a dashed line. */
export function SparklineSvg({ points, target, color, label }: { points: readonly [number, number][]; target: number; color: string; label: string }) {
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  const width = 96;
  const height = 28;
  const pad = 2;
  const xs = points.map(([x]) => x);
  const ys = [...points.map(([, y]) => y), target];
  const [xLow, xHigh] = [Math.min(...xs), Math.max(...xs)];
  const [yLow, yHigh] = [Math.min(...ys), Math.max(...ys)];
  const x = (v: number) => ((v - xLow) / (xHigh - xLow || 1)) * width;
  const y = (v: number) => pad + (1 - (v - yLow) / (yHigh - yLow || 1)) * (height - 2 * pad);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="inline-block align-middle">
      <title>{label}</title>
      <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="#94a3b8" strokeDasharray="3 2" />
      <polyline points={points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(" ")} fill="none" stroke={color} strokeWidth={1.5} />
    </svg>
  );
}

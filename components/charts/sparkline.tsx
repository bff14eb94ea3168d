"use client";
import { Line, LineChart, ReferenceLine, YAxis } from "recharts";

/** A tiny trend of the last quarters' measured values, with the target as a dashed line. */
export function Sparkline({ points, target, color = "#1d4ed8", label }: { points: [number, number][]; target: number; color?: string; label: string }) {
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  const data = points.map(([x, y]) => ({ x, y }));
  const values = [...data.map((d) => d.y), target];
  return (
    <span role="img" aria-label={label} className="inline-block">
      <LineChart width={96} height={28} data={data} margin={{ top: 2, bottom: 2, left: 0, right: 0 }}>
        <YAxis hide domain={[Math.min(...values), Math.max(...values)]} />
        <ReferenceLine y={target} stroke="#94a3b8" strokeDasharray="3 2" />
        <Line dataKey="y" stroke={color} strokeWidth={1.5} dot={false} isAnimationActive={false} />
      </LineChart>
    </span>
  );
}

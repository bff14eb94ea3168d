"use client";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Sub-regions' scores (weighted share of targets achieved or on track), best first. */
export function ScoreBarChart({ data, scoreLabel }: { data: { label: string; score: number | null }[]; scoreLabel: string }) {
  const rows = data.map((d) => ({ label: d.label, score: d.score === null ? 0 : Math.round(d.score * 10) / 10 }));
  return (
    <div style={{ height: Math.max(140, rows.length * 34 + 40) }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 40, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} fontSize={12} />
          <YAxis type="category" dataKey="label" width={110} fontSize={12} tickLine={false} />
          <Tooltip />
          <Bar dataKey="score" name={scoreLabel} fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="score" position="right" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TargetStatus } from "@/lib/domain";
import { STATUS_DISPLAY_ORDER, STATUS_STYLE } from "@/lib/ui/status-style";

export interface AreaBar {
  label: string;
  counts: Record<TargetStatus, number>;
}

/** Stacked horizontal bars: how many targets of each area are in each status. */
export function StatusByAreaChart({ data, statusLabels }: { data: AreaBar[]; statusLabels: Record<TargetStatus, string> }) {
  const rows = data.map((d) => ({ label: d.label, ...d.counts }));
  return (
    <div style={{ height: Math.max(160, rows.length * 34 + 60) }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} fontSize={12} />
          <YAxis type="category" dataKey="label" width={110} fontSize={12} tickLine={false} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => STATUS_DISPLAY_ORDER.indexOf(item.dataKey as TargetStatus)} />
          {STATUS_DISPLAY_ORDER.map((status) => (
            <Bar key={status} dataKey={status} name={`${STATUS_STYLE[status].icon} ${statusLabels[status]}`} stackId="s" fill={STATUS_STYLE[status].color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
